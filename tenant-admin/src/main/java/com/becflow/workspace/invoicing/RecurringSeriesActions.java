package com.becflow.workspace.invoicing;

import com.becflow.invoicing.recurring.Recurrence;
import com.becflow.invoicing.recurring.RecurringInvoice;
import com.becflow.invoicing.recurring.RecurringStatus;
import com.becflow.invoicing.recurring.app.RecurringInvoicing;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Confirm;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Pause, resume and end of one recurring invoice, the same in the list and on its page: the buttons that apply to
 * it as it stands, a question before ending (which cannot be taken back), and what happened in a notification.
 */
final class RecurringSeriesActions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private final RecurringInvoicing recurring;
    private final Supplier<TenantContext> tenant;

    RecurringSeriesActions(RecurringInvoicing recurring, Supplier<TenantContext> tenant) {
        this.recurring = recurring;
        this.tenant = tenant;
    }

    /**
     * Pause (while active) or resume (while paused), and end; none once ended or when the workspace may only read.
     *
     * @param idSuffix appended to each button's id, to tell one row's buttons from another's
     * @param changed  runs after a step went through, to redraw what shows the series
     */
    HorizontalLayout buttons(RecurringInvoice series, String idSuffix, boolean writable, Runnable changed) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        if (!writable || series.status() == RecurringStatus.ENDED) {
            return buttons;
        }
        if (series.status() == RecurringStatus.ACTIVE) {
            buttons.add(button("Pause", "pause-recurring" + idSuffix, () -> step(ctx -> recurring.pause(series.id(), ctx),
                    paused -> "Paused: no invoice is issued until you resume it", changed)));
        } else {
            buttons.add(button("Resume", "resume-recurring" + idSuffix, () -> step(ctx -> recurring.resume(series.id(), ctx),
                    resumed -> resumed.nextDay().map(d -> "Resumed: the next invoice is issued on " + DAY.format(d))
                            .orElse("Resumed"), changed)));
        }
        Button end = button("End", "end-recurring" + idSuffix, () -> askToEnd(series, changed));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        buttons.add(end);
        return buttons;
    }

    /** Ending cannot be taken back, so it is asked first; nothing happens unless confirmed. */
    Dialog askToEnd(RecurringInvoice series, Runnable changed) {
        boolean periodUnderWay = series.retainer().isPresent() && series.issuedCount() > 0
                && series.schedule().recurrence() != Recurrence.CUSTOM_DATES;
        String what = periodUnderWay ? "No further fee will be issued for it" + issuedSoFar(series.issuedCount())
                + ". The period under way still closes on the day the next would have begun, with an invoice for the"
                + " hours beyond its allowance if there are any." : "No invoice will be issued for it any more"
                + issuedSoFar(series.issuedCount()) + ".";
        return Confirm.ask("End this recurring invoice?", what + " Ending cannot be undone: to go on later, start a new"
                        + " recurring invoice.", "End it", "Keep it", "end-recurring-confirm", true,
                () -> step(ctx -> recurring.end(series.id(), ctx), ended -> ended.nextIssueDay()
                        .map(day -> "Ended: no more fees; the last period closes on " + DAY.format(day))
                        .orElse("Ended: no more invoices are issued for it"), changed));
    }

    private void step(Function<TenantContext, RecurringInvoice> action, Function<RecurringInvoice, String> told,
                      Runnable changed) {
        RecurringInvoice[] after = new RecurringInvoice[1];
        if (Notices.attempt(() -> after[0] = action.apply(tenant.get()))) {
            Notices.success(told.apply(after[0]));
            changed.run();
        }
    }

    private static String issuedSoFar(int issued) {
        return issued == 0 ? "" : issued == 1 ? "; the invoice issued so far stays as it is"
                : "; the " + issued + " invoices issued so far stay as they are";
    }

    private static Button button(String label, String id, Runnable onClick) {
        Button button = new Button(label, e -> onClick.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
