package com.becflow.workspace.contracts;

import com.becflow.contracts.Contract;
import com.becflow.invoicing.app.EngagementCancellations;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Confirm;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Supplier;

/**
 * "Cancel engagement" on a signed contract with a cancellation clause: asks first, cancels under the clause, then shows
 * the freelancer the same calculation the client is mailed.
 */
final class CancelEngagementAction {

    private CancelEngagementAction() {
    }

    static Button button(Contract contract, EngagementCancellations cancellations, Supplier<TenantContext> tenant,
                         boolean writable, Runnable reload) {
        Button cancel = new Button("Cancel engagement", e -> Confirm.ask("Cancel \"" + contract.title() + "\"?",
                "The cancellation clause decides what of the fee is kept, counting what was paid: the rest is invoiced, or "
                        + "what was paid beyond it is refunded with credit notes. Invoices still open under this contract are"
                        + " voided or credited, and the client is mailed the calculation. This cannot be taken back.",
                "Cancel engagement", "contract-cancel-confirm", true, () -> {
                    EngagementCancellations.Outcome[] done = new EngagementCancellations.Outcome[1];
                    if (Notices.attempt(() -> done[0] = cancellations.cancel(contract.id(), null, tenant.get()))) {
                        show(done[0]);
                        reload.run();
                    }
                }));
        cancel.setId("contract-cancel");
        cancel.setEnabled(writable);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    private static void show(EngagementCancellations.Outcome outcome) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Engagement cancelled");
        dialog.setId("contract-cancelled-dialog");
        Paragraph calculation = new Paragraph(outcome.quote().explain());
        calculation.setId("contract-cancellation-calculation");
        calculation.getStyle().set("max-width", "34em");
        dialog.add(calculation);
        if (outcome.feeInvoice() != null) {
            dialog.add(new Paragraph("Invoice " + outcome.feeInvoice().number().orElse("") + " for "
                    + MoneyText.of(outcome.quote().toInvoice()) + " is on its way to the client."));
        }
        if (!outcome.refundsNotMade().isEmpty()) {
            Paragraph left = new Paragraph(outcome.refundsNotMade().size() + " refund(s) could not be made; refund them "
                    + "from the invoices' payments.");
            left.getStyle().set("color", "var(--lumo-error-text-color)");
            dialog.add(left);
        }
        Button close = new Button("Close", e -> dialog.close());
        close.setId("contract-cancelled-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
