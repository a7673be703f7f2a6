package com.becflow.workspace.invoicing;

import com.becflow.invoicing.packages.Milestone;
import com.becflow.invoicing.packages.PackageBilling;
import com.becflow.invoicing.packages.PackageDeal;
import com.becflow.invoicing.packages.app.PackageSelling;
import com.becflow.shared.money.Money;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.Confirm;
import com.becflow.workspace.Notices;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Supplier;

/**
 * What the freelancer does to a package, each after a question: "Mark delivered" on a milestone (billed per milestone,
 * that issues and sends the share's invoice at once), "Undo" on a delivery marked by mistake (voiding its unpaid
 * invoice), and "Cancel package" (calling off what is not delivered). What happened is told in a notification; a
 * refusal (delivered meanwhile in another tab, an invoice that cannot be made or has money on it) in its own words.
 */
final class PackageDelivery {

    private final PackageSelling packages;
    private final Supplier<TenantContext> tenant;

    PackageDelivery(PackageSelling packages, Supplier<TenantContext> tenant) {
        this.packages = packages;
        this.tenant = tenant;
    }

    /**
     * The button of an undelivered milestone, {@code milestone-deliver-<position>}.
     *
     * @param changed runs after the attempt, refused or not, to redraw the package as it now stands
     */
    Button button(PackageDeal deal, Milestone milestone, Runnable changed) {
        Button deliver = new Button("Mark delivered", e -> ask(deal, milestone, changed));
        deliver.setId("milestone-deliver-" + milestone.position());
        deliver.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return deliver;
    }

    /** Nothing is delivered unless confirmed. */
    Dialog ask(PackageDeal deal, Milestone milestone, Runnable changed) {
        boolean invoiced = deal.billing() == PackageBilling.PER_MILESTONE;
        return Confirm.ask("Mark “" + milestone.title() + "” delivered?", question(deal, milestone),
                invoiced ? "Deliver and send invoice" : "Mark delivered", "Not yet", "milestone-deliver-confirm", false,
                () -> deliver(deal, milestone, changed));
    }

    /** Billed per milestone, the question names the invoice that goes out; billed by a plan, that none does. */
    static String question(PackageDeal deal, Milestone milestone) {
        if (deal.billing() == PackageBilling.PER_MILESTONE) {
            return "Its share of " + MoneyText.of(new Money(milestone.amount(), deal.currency()))
                    + " (before tax) will be invoiced now: the invoice is issued and sent to the client at once."
                    + " Until the client pays it, you can undo the delivery, which voids the invoice.";
        }
        return "It is marked delivered today. No invoice is issued: the whole price is billed by the package's one"
                + " invoice, sent when you offered it.";
    }

    /** "Undo" on a delivered milestone, {@code milestone-undo-<position>}: for a delivery marked by mistake. */
    Button undoButton(PackageDeal deal, Milestone milestone, Runnable changed) {
        Button undo = new Button("Undo", e -> askToUndo(deal, milestone, changed));
        undo.setId("milestone-undo-" + milestone.position());
        undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return undo;
    }

    Dialog askToUndo(PackageDeal deal, Milestone milestone, Runnable changed) {
        String invoice = deal.billing() == PackageBilling.PER_MILESTONE
                ? " The invoice its delivery issued is voided, and the client's link to it stops working; marking it"
                + " delivered again issues a new one. An invoice with a payment on it is refunded or credited first."
                : " The package's invoice stays as it is.";
        return Confirm.ask("Undo the delivery of “" + milestone.title() + "”?", "It goes back to in progress." + invoice,
                "Undo delivery", "Keep it", "milestone-undo-confirm", true, () -> {
                    if (Notices.attempt(() -> packages.undoDelivery(deal.id(), milestone.position(), tenant.get()))) {
                        Notices.success("“" + milestone.title() + "” is in progress again");
                    }
                    changed.run();
                });
    }

    /** "Cancel package", {@code package-cancel}: asked first, since it cannot be taken back. */
    Button cancelButton(PackageDeal deal, Runnable changed) {
        Button cancel = new Button("Cancel package", e -> askToCancel(deal, changed));
        cancel.setId("package-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        return cancel;
    }

    Dialog askToCancel(PackageDeal deal, Runnable changed) {
        return Confirm.ask("Cancel “" + deal.title() + "”?", cancelQuestion(deal), "Cancel package", "Keep it",
                "package-cancel-confirm", true, () -> {
                    if (Notices.attempt(() -> packages.cancel(deal.id(), null, tenant.get()))) {
                        Notices.success("“" + deal.title() + "” is cancelled");
                    }
                    changed.run();
                });
    }

    /** What calling the package off does to its milestones and its invoices. */
    static String cancelQuestion(PackageDeal deal) {
        long open = deal.milestones().size() - deal.deliveredCount();
        String milestones = open == 1 ? "The milestone not delivered is" : "The " + open + " milestones not delivered are";
        String invoices = deal.billing() == PackageBilling.PER_MILESTONE
                ? " The invoices of delivered milestones stay as they are."
                : " Its invoice is voided if nothing was paid on it; otherwise it stays, for you to credit what the client"
                + " no longer owes.";
        return milestones + " never delivered or invoiced." + invoices + " This cannot be taken back.";
    }

    private void deliver(PackageDeal deal, Milestone milestone, Runnable changed) {
        if (Notices.attempt(() -> packages.deliver(deal.id(), milestone.position(), tenant.get()))) {
            Notices.success(deal.billing() == PackageBilling.PER_MILESTONE
                    ? "Delivered: “" + milestone.title() + "” is invoiced, and the invoice sent to the client"
                    : "Delivered: “" + milestone.title() + "”");
        }
        changed.run();
    }
}
