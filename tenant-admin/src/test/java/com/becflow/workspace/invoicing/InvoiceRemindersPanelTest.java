package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.field;
import static com.becflow.workspace.invoicing.InvoiceFixtures.find;
import static com.becflow.workspace.invoicing.InvoiceFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.invoicing.InvoiceId;
import com.becflow.reminders.ReminderMedium;
import com.becflow.reminders.ReminderTone;
import com.becflow.reminders.RenderedReminder;
import com.becflow.reminders.app.FormalLetters;
import com.becflow.reminders.app.InvalidReminderHold;
import com.becflow.reminders.app.NextReminder;
import com.becflow.reminders.app.ReminderControls;
import com.becflow.reminders.app.ReminderPolicies;
import com.becflow.reminders.app.ReminderSending;
import com.becflow.shared.tenant.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An invoice's reminders on its page without a server: what comes next and when, its preview, and the buttons. */
class InvoiceRemindersPanelTest {

    private static final InvoiceId INVOICE = InvoiceId.newId();
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final NextReminder D7 = new NextReminder("D+7", ReminderTone.FIRM, ReminderMedium.EMAIL,
            Instant.parse("2027-06-14T13:00:00Z"), null, null);

    private final UI ui = new UI();
    private final List<String> done = new ArrayList<>();
    private Optional<NextReminder> next = Optional.of(D7);

    private final ReminderControls controls = new ReminderControls() {
        @Override
        public Optional<NextReminder> next(TenantContext ctx, InvoiceId id) {
            return next;
        }

        @Override
        public Optional<NextReminder> skip(TenantContext ctx, InvoiceId id) {
            done.add("skip");
            return next;
        }

        @Override
        public Optional<NextReminder> pause(TenantContext ctx, InvoiceId id, LocalDate through) {
            if (through == null) {
                throw new InvalidReminderHold("pausedThrough", "A day from today to 365 days ahead");
            }
            done.add("pause " + through);
            return next;
        }

        @Override
        public Optional<NextReminder> resume(TenantContext ctx, InvoiceId id) {
            done.add("resume");
            return next;
        }
    };
    private final ReminderPolicies policies = new ReminderPolicies() {
        @Override
        public Preview preview(TenantContext ctx, InvoiceId id, String step) {
            return new Preview("D+7", "pat@client.test", ReminderMedium.EMAIL, new RenderedReminder(
                    "Reminder: invoice INV-1 is 7 days overdue", "Hello Pat,\n\npay here: https://pay"));
        }
    };
    private final ReminderSending sending = new ReminderSending() {
        @Override
        public Result sendNow(TenantContext ctx, InvoiceId id) {
            done.add("send now");
            return null;
        }
    };
    private final InvoiceRemindersPanel panel = new InvoiceRemindersPanel(controls, policies, sending,
            new FormalLetters() { }, () -> null);

    @BeforeEach
    void aUiForNotifications() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUiLeftBehind() {
        UI.setCurrent(null);
    }

    @Test
    void theNextReminderIsSaidOnTheClientsClockAndShownAsTheyWillReceiveIt() {
        panel.show(INVOICE, NEW_YORK, false, true, () -> done.add("redraw"));

        assertThat(text(panel, "invoice-reminder-next")).isEqualTo("Next: D+7 (firm), Mon 14 Jun 2027, 09:00 on the"
                + " client's clock (America/New_York), by mail.");
        assertThat(text(panel, "invoice-reminder-subject")).isEqualTo("To pat@client.test: Reminder: invoice INV-1 is 7"
                + " days overdue");
        assertThat(text(panel, "invoice-reminder-body")).contains("pay here: https://pay");
    }

    @Test
    void theButtonsSendSkipPauseAndResumeAndABadDayIsMarkedOnItsField() {
        next = Optional.of(new NextReminder("D+7", ReminderTone.FIRM, ReminderMedium.EMAIL,
                Instant.parse("2027-06-20T13:00:00Z"), LocalDate.of(2027, 6, 19), null));
        panel.show(INVOICE, NEW_YORK, false, true, () -> done.add("redraw"));
        assertThat(text(panel, "invoice-reminder-next")).endsWith("Paused through 19 Jun 2027.");

        click(panel, "reminder-send-now");
        click(panel, "reminder-skip");
        click(panel, "reminder-pause");
        assertThat(((DatePicker) field(panel, "reminder-pause-through")).isInvalid()).isTrue();
        ((DatePicker) field(panel, "reminder-pause-through")).setValue(LocalDate.of(2027, 7, 1));
        click(panel, "reminder-pause");
        click(panel, "reminder-resume");

        assertThat(done).containsExactly("send now", "redraw", "skip", "redraw", "pause 2027-07-01", "redraw", "resume",
                "redraw");
    }

    @Test
    void withNothingLeftItSaysSoAndOffersNothingToSendAndAReadOnlyWorkspaceNoButtons() {
        next = Optional.empty();
        panel.show(INVOICE, NEW_YORK, false, true, () -> { });
        assertThat(text(panel, "invoice-reminder-next")).startsWith("No reminder to send");
        assertThat(find(panel, "invoice-reminder-preview")).isEmpty();
        assertThat(((Button) field(panel, "reminder-send-now")).isEnabled()).isFalse();

        assertThat(find(panel, "invoice-reminder-letter")).as("a letter claims an overdue invoice only").isEmpty();

        next = Optional.of(D7);
        panel.show(INVOICE, NEW_YORK, true, false, () -> { });
        assertThat(find(panel, "reminder-send-now")).isEmpty();
        assertThat(find(panel, "invoice-reminder-letter")).isPresent();
    }
}
