package com.becflow.it.browser;

import static com.becflow.it.browser.WorkspacePages.choose;
import static com.becflow.it.browser.WorkspacePages.download;
import static com.becflow.it.browser.WorkspacePages.errorMessage;
import static com.becflow.it.browser.WorkspacePages.typeDate;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Page objects of the workspace's contracts: templates, the contract list with its assistant, and one contract. */
final class ContractPages {

    private ContractPages() {
    }

    record ContractTemplatesPage(Page page) {
        static ContractTemplatesPage open(Page page, String baseUrl) {
            page.navigate(baseUrl + "/contract-templates");
            assertThat(page.locator("#template-new")).isVisible();
            return new ContractTemplatesPage(page);
        }

        /** Through the navigation bar, as a person would, without reloading the page. */
        static ContractTemplatesPage openFromNavigation(Page page) {
            page.locator("#nav-templates").click();
            assertThat(page.locator("#template-new")).isVisible();
            return new ContractTemplatesPage(page);
        }

        ContractTemplatesPage addTemplate(String name, String body, int netDays) {
            fillNew(name, body, netDays);
            page.locator("#template-save").click();
            // The dialog's own element is never visible (its content lives in an overlay): watch a button instead.
            assertThat(page.locator("#template-save")).not().isVisible();
            assertThat(page.locator("#template-grid")).containsText(name);
            return this;
        }

        /** Fills a new template and saves it, leaving the form open with whatever the service refused. */
        ContractTemplatesPage addTemplateExpectingErrors(String name, String body, int netDays) {
            fillNew(name, body, netDays);
            page.locator("#template-save").click();
            return this;
        }

        private void fillNew(String name, String body, int netDays) {
            page.locator("#template-new").click();
            page.locator("#template-name input").fill(name);
            page.locator("#template-body textarea").fill(body);
            page.locator("#clause-net-days input").fill(Integer.toString(netDays));
        }

        /** Switches on a clause of the open template form, e.g. "deposit", "late-fee", "ip". */
        ContractTemplatesPage switchOn(String clause) {
            page.locator("#clause-" + clause + "-on input").check();
            return this;
        }

        ContractTemplatesPage fill(String fieldId, String value) {
            page.locator("#" + fieldId + " input").fill(value);
            page.locator("#" + fieldId + " input").press("Tab");
            return this;
        }

        ContractTemplatesPage save() {
            page.locator("#template-save").click();
            return this;
        }

        /** How the clauses of the open template read. */
        String clausePreview() {
            return page.locator("#template-clause-preview").innerText();
        }

        /** The error line of a whole clause in the open template form, e.g. "late-fee". */
        String clauseError(String clause) {
            return page.locator("#clause-" + clause + "-error").textContent().trim();
        }

        String errorOn(String fieldId) {
            return errorMessage(page, fieldId);
        }
    }

    record ContractsPage(Page page) {
        static ContractsPage open(Page page, String baseUrl) {
            page.navigate(baseUrl + "/contracts");
            assertThat(page.locator("#new-contract")).isVisible();
            return new ContractsPage(page);
        }

        /** Through the navigation bar, as a person would, without reloading the page. */
        static ContractsPage openFromNavigation(Page page) {
            page.locator("#nav-contracts").click();
            assertThat(page.locator("#new-contract")).isVisible();
            return new ContractsPage(page);
        }

        ContractPage createFromTemplate(String templateName, String clientName, String project, LocalDate startDate,
                                       String fee) {
            fillNew(templateName, clientName, project, startDate, fee);
            page.locator("#new-contract-create").click();
            assertThat(page.locator("#contract-status")).hasText("draft");
            return new ContractPage(page);
        }

        /** Fills the new-contract form and presses Create, leaving the dialog open with what was refused. */
        ContractsPage createExpectingErrors(String templateName, String clientName, String project,
                                            LocalDate startDate, String fee) {
            fillNew(templateName, clientName, project, startDate, fee);
            page.locator("#new-contract-create").click();
            return this;
        }

        private void fillNew(String templateName, String clientName, String project, LocalDate startDate, String fee) {
            page.locator("#new-contract").click();
            assertThat(page.locator("#new-contract-create")).isVisible();
            if (templateName != null) {
                choose(page, "new-contract-template", templateName);
            }
            if (clientName != null) {
                choose(page, "new-contract-client", clientName);
            }
            page.locator("#new-contract-project input").fill(project);
            if (startDate != null) {
                typeDate(page, "new-contract-start", startDate);
            }
            page.locator("#new-contract-fee input").fill(fee);
        }

        /** "Draft with assistant": picks the client, writes the brief, asks for the draft and waits for its review. */
        AssistantDraft draftWithAssistant(String clientName, String brief) {
            page.locator("#draft-with-assistant").click();
            assertThat(page.locator("#assistant-draft")).isVisible();
            choose(page, "assistant-client", clientName);
            page.locator("#assistant-brief textarea").fill(brief);
            page.locator("#assistant-draft").click();
            // The server's first draft loads the embedding model (a few seconds, more on a busy machine).
            assertThat(page.locator("#assistant-create")).isVisible(
                    new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
            return new AssistantDraft(page);
        }

        /** Opens a contract listed in the grid by its title. */
        ContractPage open(String title) {
            page.locator("#contract-grid a", new Page.LocatorOptions().setHasText(title)).first().click();
            assertThat(page.locator("#contract-title")).hasText(title);
            return new ContractPage(page);
        }

        /** The grid's text: titles, clients, statuses. */
        String gridText() {
            return page.locator("#contract-grid").textContent();
        }

        String errorOn(String fieldId) {
            return errorMessage(page, fieldId);
        }
    }

    /** The assistant's draft under review, before it is created. */
    record AssistantDraft(Page page) {

        String template() {
            return page.locator("#assistant-template").innerText().trim();
        }

        /** The value of an edit field: assistant-project, assistant-fee, assistant-start, assistant-end. */
        String value(String fieldId) {
            return page.locator("#" + fieldId + " input").inputValue();
        }

        /** The reason shown under an edit field. */
        String reasonUnder(String fieldId) {
            return page.locator("#" + fieldId + " > [slot='helper']").textContent().trim();
        }

        /** The listed reason for a clause, by its field path (terms.deposit.percent). */
        String reasonFor(String field) {
            return page.locator("#assistant-reasons .assistant-reason[data-field='" + field + "']").innerText().trim();
        }

        ContractPage create() {
            page.locator("#assistant-create").click();
            assertThat(page.locator("#contract-status")).hasText("draft");
            return new ContractPage(page);
        }
    }

    record ContractPage(Page page) {
        static ContractPage open(Page page, String baseUrl, String contractId) {
            page.navigate(baseUrl + "/contracts/" + contractId);
            assertThat(page.locator("#contract-status")).isVisible();
            return new ContractPage(page);
        }

        /** The rule checks shown over the contract, one per clause in doubt. */
        String checks() {
            assertThat(page.locator("#contract-checks .contract-check").first()).isVisible();
            return page.locator("#contract-checks").textContent();
        }

        /** The status badge's text: draft, sent, viewed, signed, countersigned, declined, expired, voided. */
        String status() {
            return page.locator("#contract-status").textContent().trim();
        }

        String title() {
            return page.locator("#contract-title").textContent().trim();
        }

        /** "Revision 2" */
        String revision() {
            return page.locator("#contract-revision").textContent().trim();
        }

        /** The contract id, from the address. */
        String id() {
            return page.url().replaceAll(".*/contracts/([0-9a-f-]{36}).*", "$1");
        }

        /** Reads the contract again, e.g. after the client signed in the portal. */
        ContractPage reload() {
            page.reload();
            assertThat(page.locator("#contract-status")).isVisible();
            return this;
        }

        /** Types into a field of the draft editor (contract-edit-title, contract-edit-fee, clause-net-days ...). */
        ContractPage fill(String fieldId, String value) {
            Locator input = page.locator("#" + fieldId + " input, #" + fieldId + " textarea").first();
            input.fill(value);
            input.press("Tab");
            return this;
        }

        ContractPage save() {
            page.locator("#contract-save").click();
            return this;
        }

        /** The document in the preview dialog, as text; closes the dialog again. */
        String previewText() {
            page.locator("#contract-preview").click();
            Locator document = page.locator("#contract-preview-document");
            assertThat(document).isVisible();
            String text = document.innerText();
            page.locator("#contract-preview-close").click();
            return text;
        }

        /** Sends after confirming the recipient; returns the confirmation's question ("Send to x?"). */
        String send() {
            page.locator("#contract-send").click();
            assertThat(page.locator("#contract-send-confirm")).isVisible();
            String question = page.locator("vaadin-dialog-overlay").filter(new Locator.FilterOptions()
                    .setHas(page.locator("#contract-send-confirm"))).locator("[slot='title']").innerText().trim();
            page.locator("#contract-send-confirm").click();
            assertThat(page.locator("#contract-status")).hasText("sent");
            return question;
        }

        /** The document as sent, shown once the contract is no longer a draft. */
        String documentText() {
            return page.locator("#contract-document").innerText();
        }

        /** Starts revision N+1 of a sent contract (after the warning) and shows its editor. */
        ContractPage revise() {
            page.locator("#contract-revise").click();
            page.locator("#contract-revise-confirm").click();
            assertThat(page.locator("#contract-revise-warning")).isVisible();
            return this;
        }

        ContractPage resend() {
            page.locator("#contract-resend").click();
            return this;
        }

        ContractPage voidContract() {
            page.locator("#contract-void").click();
            page.locator("#contract-void-confirm").click();
            assertThat(page.locator("#contract-status")).hasText("voided");
            return this;
        }

        ContractPage countersign(String fullName) {
            page.locator("#countersign-consent input").check();
            page.locator("#countersign-name input").fill(fullName);
            page.locator("#contract-countersign").click();
            assertThat(page.locator("#contract-status")).hasText("countersigned");
            return this;
        }

        /** Presses Countersign as given, leaving the form with what was refused. */
        ContractPage countersignExpectingErrors(boolean consent, String fullName) {
            if (consent) {
                page.locator("#countersign-consent input").check();
            }
            page.locator("#countersign-name input").fill(fullName);
            page.locator("#contract-countersign").click();
            return this;
        }

        byte[] downloadSignedPdf() {
            return download(page, "#download-signed-pdf");
        }

        byte[] downloadCertificate() {
            return download(page, "#download-certificate");
        }

        /** "Integrity: all evidence intact", or what is broken. */
        String integrity() {
            return page.locator("#contract-integrity").textContent().trim();
        }

        String eventLog() {
            return page.locator("#contract-events").textContent();
        }

        String signatures() {
            return page.locator("#contract-signatures").textContent();
        }

        String errorOn(String fieldId) {
            return errorMessage(page, fieldId);
        }

        /** The error line of a whole clause, e.g. "cancellation". */
        String clauseError(String clause) {
            return page.locator("#clause-" + clause + "-error").textContent().trim();
        }
    }
}
