package com.becflow.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The workspace's reminders page, as a freelancer edits the policy; every action waits for what shows its answer. */
final class ReminderPages {

    private ReminderPages() {
    }

    record ReminderPolicyPage(Page page) {
        static ReminderPolicyPage openFromNavigation(Page page) {
            page.locator("#nav-reminders").click();
            assertThat(page.locator("#reminder-preview-subject")).not().isEmpty();
            return new ReminderPolicyPage(page);
        }

        String state() {
            return page.locator("#reminder-policy-state").textContent().trim();
        }

        ReminderPolicyPage days(int step, int days) {
            Locator input = page.locator("#reminder-step-" + step + "-days input");
            input.fill(Integer.toString(days));
            input.press("Tab");
            return this;
        }

        /** Ticks "Own text" (which starts from the built-in text) and writes over it. */
        ReminderPolicyPage ownText(int step, String subject, String body) {
            page.locator("#reminder-step-" + step + "-own-text input").check();
            assertThat(page.locator("#reminder-step-" + step + "-body textarea")).not().hasValue("");
            Locator field = page.locator("#reminder-step-" + step + "-subject input");
            field.fill(subject);
            field.press("Tab");
            return body(step, body);
        }

        ReminderPolicyPage body(int step, String body) {
            Locator field = page.locator("#reminder-step-" + step + "-body textarea");
            field.fill(body);
            field.press("Tab");
            return this;
        }

        /** The step's preview as typed: the heading, the subject and the text, once it names the step. */
        String preview(int step, String key) {
            page.locator("#reminder-step-" + step + "-preview").click();
            assertThat(page.locator("#reminder-preview-heading")).containsText("Step " + key + ",");
            page.locator("#reminder-preview").scrollIntoViewIfNeeded();
            return page.locator("#reminder-preview").innerText();
        }

        /** Saves and waits for the page to say the reminders are the workspace's own. */
        ReminderPolicyPage save() {
            page.locator("#reminder-policy-save").click();
            assertThat(page.locator("#reminder-policy-state")).hasText("Your own reminders.");
            return this;
        }

        /** Saves what breaks a rule: the field it names is marked. */
        String saveRefused(String fieldId) {
            page.locator("#reminder-policy-save").click();
            assertThat(page.locator("#" + fieldId)).hasAttribute("invalid", "");
            page.locator("#" + fieldId).scrollIntoViewIfNeeded();
            return WorkspacePages.errorMessage(page, fieldId);
        }
    }
}
