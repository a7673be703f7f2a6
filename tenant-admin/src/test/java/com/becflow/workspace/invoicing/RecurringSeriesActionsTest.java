package com.becflow.workspace.invoicing;

import static com.becflow.workspace.invoicing.InvoiceFixtures.NOW;
import static com.becflow.workspace.invoicing.InvoiceFixtures.click;
import static com.becflow.workspace.invoicing.InvoiceFixtures.find;
import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.ClientId;
import com.becflow.invoicing.InvoiceContent;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceLines;
import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurrenceSchedule;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringInvoiceId;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.Retainer;
import com.becflow.invoicing.recurring.app.RecurringInvoicing;
import com.becflow.shared.tenant.TenantContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pause, resume and end without a browser: the buttons a series offers as it stands, each step sent for that series,
 * and ending only once confirmed; and how a row shows a series the morning round paused.
 */
class RecurringSeriesActionsTest {

    /** The use cases, keeping what was asked of them; each step answers with the series as the step leaves it. */
    static final class FakeRecurring extends RecurringInvoicing {
        final List<String> steps = new ArrayList<>();

        @Override
        public RecurringInvoice pause(RecurringInvoiceId id, TenantContext ctx) {
            steps.add("pause " + id);
            return series(RecurringStatus.PAUSED, null);
        }

        @Override
        public RecurringInvoice resume(RecurringInvoiceId id, TenantContext ctx) {
            steps.add("resume " + id);
            return series(RecurringStatus.ACTIVE, null);
        }

        @Override
        public RecurringInvoice end(RecurringInvoiceId id, TenantContext ctx) {
            steps.add("end " + id);
            return series(RecurringStatus.ENDED, null);
        }
    }

    /** Held here: the current UI is only weakly referenced, and dialogs and notifications need one. */
    private final UI ui = new UI();
    private final FakeRecurring recurring = new FakeRecurring();
    private final RecurringSeriesActions actions = new RecurringSeriesActions(recurring, () -> null);
    private final List<String> redrawn = new ArrayList<>();

    @BeforeEach
    void aUiToOpenDialogsIn() {
        UI.setCurrent(ui);
    }

    @AfterEach
    void noUiLeftBehind() {
        UI.setCurrent(null);
    }

    @Test
    void anActiveSeriesIsPausedAndAPausedOneResumed() {
        RecurringInvoice active = series(RecurringStatus.ACTIVE, null);
        HorizontalLayout buttons = actions.buttons(active, "", true, () -> redrawn.add("redraw"));

        assertThat(find(buttons, "resume-recurring")).isEmpty();
        click(buttons, "pause-recurring");

        RecurringInvoice paused = series(RecurringStatus.PAUSED, null);
        HorizontalLayout after = actions.buttons(paused, "", true, () -> redrawn.add("redraw"));
        assertThat(find(after, "pause-recurring")).isEmpty();
        click(after, "resume-recurring");

        assertThat(recurring.steps).containsExactly("pause " + active.id(), "resume " + paused.id());
        assertThat(redrawn).containsExactly("redraw", "redraw");
    }

    @Test
    void endingAsksFirstAndEndsOnlyOnceConfirmed() {
        RecurringInvoice active = series(RecurringStatus.ACTIVE, null);
        HorizontalLayout buttons = actions.buttons(active, "-row", true, () -> redrawn.add("redraw"));

        click(buttons, "end-recurring-row");
        assertThat(recurring.steps).as("nothing ends before the question is answered").isEmpty();

        Dialog question = actions.askToEnd(active, () -> redrawn.add("redraw"));
        assertThat(question.getHeaderTitle()).isEqualTo("End this recurring invoice?");
        click(question, "end-recurring-confirm-cancel");
        assertThat(recurring.steps).isEmpty();

        click(actions.askToEnd(active, () -> redrawn.add("redraw")), "end-recurring-confirm");

        assertThat(recurring.steps).containsExactly("end " + active.id());
        assertThat(redrawn).containsExactly("redraw");
    }

    @Test
    void endingARetainerWithAPeriodUnderWaySaysThePeriodStillCloses() {
        RecurringInvoice plain = series(RecurringStatus.ACTIVE, null);
        RecurringInvoice retainer = new RecurringInvoice(RecurringInvoiceId.newId(), ClientId.newId(), null,
                plain.content(), plain.schedule(), RecurringStatus.ACTIVE, 1, 1, LocalDate.of(2027, 1, 31), null,
                new Retainer(new BigDecimal("10"), new BigDecimal("80"), true), BigDecimal.ZERO, NOW, NOW);

        assertThat(actions.askToEnd(retainer, () -> { }).getElement().getTextRecursively())
                .contains("No further fee will be issued for it; the invoice issued so far stays as it is.",
                        "The period under way still closes on the day the next would have begun");
        assertThat(actions.askToEnd(plain, () -> { }).getElement().getTextRecursively())
                .contains("No invoice will be issued for it any more.").doesNotContain("period under way");
    }

    @Test
    void anEndedSeriesOrAReadOnlyWorkspaceOffersNoStep() {
        assertThat(actions.buttons(series(RecurringStatus.ENDED, null), "", true, () -> { }).getComponentCount()).isZero();
        assertThat(actions.buttons(series(RecurringStatus.ACTIVE, null), "", false, () -> { }).getComponentCount()).isZero();
    }

    @Test
    void aRowShowsWhyTheRoundPausedASeriesAndTheDaysAfterTheNext() {
        RecurringInvoice paused = series(RecurringStatus.PAUSED, "The client's email address bounced");

        assertThat(RecurringInvoiceListView.status(paused).getChildren().map(c -> ((Span) c).getText()).toList())
                .containsExactly("paused", "The client's email address bounced");
        assertThat(RecurringInvoiceListView.thenOn(paused)).as("nothing comes while paused").isEmpty();
        assertThat(RecurringInvoiceListView.thenOn(series(RecurringStatus.ACTIVE, null)))
                .isEqualTo("28 Feb 2027, 31 Mar 2027, 30 Apr 2027, …");
    }

    /** Monthly from 31 January 2027, nothing issued yet. */
    static RecurringInvoice series(RecurringStatus status, String problem) {
        InvoiceContent content = new InvoiceContent(Currency.getInstance("EUR"),
                new InvoiceLines(List.of(InvoiceLine.of("Retainer", "1", "800"))), null, null, 30, false, null);
        return new RecurringInvoice(RecurringInvoiceId.newId(), ClientId.newId(), null, content,
                new RecurrenceSchedule(Recurrence.MONTHLY, LocalDate.of(2027, 1, 31), null, null, null), status, 0, 0,
                null, problem, null, null, NOW, NOW);
    }
}
