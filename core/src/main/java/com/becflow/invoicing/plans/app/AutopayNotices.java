package com.becflow.invoicing.plans.app;

import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.app.InvoiceHistory;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.AutopayRules;
import com.becflow.invoicing.plans.PlanTerms;
import com.becflow.invoicing.plans.ScheduledInstallment;
import com.becflow.shared.mail.MailTopic;
import com.becflow.shared.mail.Outbox;
import com.becflow.shared.mail.OutgoingMail;
import com.becflow.shared.money.MoneyText;
import com.becflow.shared.tenant.Actor;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * What autopay tells both sides when a charge does not go through or autopay stops: the client by mail (through the
 * outbox, with a fresh link to their invoice where they can save a card or pay), the freelancer in the invoice's
 * history and by mail. Written in the transaction that records what happened, so a notice exists exactly when it does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AutopayNotices {

    private final InvoiceHistory history;
    private final PlanMails mails;
    private final TenantRegistry tenants;
    private final Outbox outbox;

    @Inject
    public AutopayNotices(InvoiceHistory history, PlanMails mails, TenantRegistry tenants, Outbox outbox) {
        this.history = history;
        this.mails = mails;
        this.tenants = tenants;
        this.outbox = outbox;
    }

    protected AutopayNotices() {
        this(null, null, null, null);
    }

    /** The bank declined the charge; it is tried again on {@code retryOn}, the client's day. */
    void declined(TenantContext ctx, Invoice invoice, Client client, AutopayCharge charge, String reason, Actor provider,
                  LocalDate retryOn) {
        String what = "The automatic payment of " + MoneyText.of(charge.amount()) + " for installment "
                + charge.installment() + " was declined" + (reason == null ? "" : " (" + reason + ")");
        String retry = "It is tried again on " + retryOn;
        history.record(ctx, invoice.id(), InvoiceEventType.AUTOPAY_CHARGE_DECLINED, provider, what + "; " + retry);
        tellBoth(ctx, invoice, client, "Automatic payment declined", what + ". " + retry + "; you can also pay now or"
                + " save another card here:", what + ". " + retry + "; the client was told.");
    }

    /** Only the client can make the charge go through; nothing is charged until they save a method again. */
    void needsClient(TenantContext ctx, Invoice invoice, Client client, AutopayCharge charge, String reason,
                     Actor provider) {
        String what = "The automatic payment of " + MoneyText.of(charge.amount()) + " for installment "
                + charge.installment() + " needs you" + (reason == null ? "" : ": " + reason);
        history.record(ctx, invoice.id(), InvoiceEventType.AUTOPAY_NEEDS_CLIENT, provider, "The automatic payment of "
                + MoneyText.of(charge.amount()) + " for installment " + charge.installment() + " needs the client"
                + (reason == null ? "" : " (" + reason + ")") + "; they were asked to pay or save a card again");
        tellBoth(ctx, invoice, client, "Your automatic payment needs you", what + ".\n\nPlease pay the installment or save"
                + " your card again here:", "The automatic payment of installment " + charge.installment() + " ("
                + MoneyText.of(charge.amount()) + ") needs the client" + (reason == null ? "" : " (" + reason + ")")
                + ". They were asked by mail and in the portal; nothing is charged until they act.");
    }

    /**
     * An installment will be charged on its due date: the client is told ahead what, when and from which method, so
     * they can make room for it, pay another way or turn autopay off before then.
     */
    void upcoming(TenantContext ctx, Invoice invoice, Client client, Autopay.SavedCard method,
                  AutopayRules.Notify notify) {
        String what = MoneyText.of(notify.amount()) + " for installment " + notify.installment();
        tellClient(ctx, invoice, client, "Automatic payment on " + notify.dueDate(), "On " + notify.dueDate() + ", "
                + what + " will be charged to your " + method.label() + ". You don't need to do anything; a receipt"
                + " follows.\n\nTo pay another way or turn automatic payments off before then, open your invoice here:");
        history.record(ctx, invoice.id(), InvoiceEventType.AUTOPAY_CHARGE_ANNOUNCED, Actor.system("autopay"),
                "The client was told that " + what + " will be charged to their " + method.label() + " on "
                        + notify.dueDate());
    }

    /** The saved method failed for good: autopay is off, and the installments are paid by hand from now on. */
    void stopped(TenantContext ctx, Invoice invoice, Client client, String why) {
        history.record(ctx, invoice.id(), InvoiceEventType.AUTOPAY_OFF, Actor.system("autopay"), "Autopay stopped: " + why);
        tellBoth(ctx, invoice, client, "Automatic payments stopped", "Automatic payments of this invoice have stopped: "
                + why + ".\n\nPlease pay the open installments, or save another card, here:",
                "Autopay stopped: " + why + ". The client was told.");
    }

    /**
     * The freelancer proposed another plan while autopay is on: the client is told the new installments, and that
     * autopay stays on and charges them once they accept the plan.
     */
    void planChanged(TenantContext ctx, Invoice invoice, Client client, Autopay autopay, PlanTerms terms) {
        StringBuilder installments = new StringBuilder();
        for (ScheduledInstallment i : terms.installments()) {
            installments.append("  ").append(i.number()).append(". ").append(MoneyText.of(i.amount())).append(" on ")
                    .append(i.dueDate()).append('\n');
        }
        String card = autopay.method() == null ? "your saved card" : "your " + autopay.method().label();
        tellClient(ctx, invoice, client, "Your payment plan changed", "Your payment plan changed. The new installments:\n\n"
                + installments + "\nAutopay stays on: once you accept the new plan, its installments are charged to "
                + card + " on their due dates. See the plan, accept it or turn autopay off here:");
        history.record(ctx, invoice.id(), InvoiceEventType.AUTOPAY_ON, Actor.system("autopay"), "Autopay stays on for"
                + " the new plan; the client was told its installments");
    }

    private void tellBoth(TenantContext ctx, Invoice invoice, Client client, String subject, String toClient,
                          String toFreelancer) {
        Tenant tenant = tellClient(ctx, invoice, client, subject, toClient);
        outbox.queue(ctx.tenant(), MailTopic.invoice(invoice.id().value()), OutgoingMail.text(tenant.ownerEmail(),
                subject + ": " + invoice.number().orElse("") + " (" + client.name() + ")", toFreelancer + "\n\nBecflow\n"));
    }

    private Tenant tellClient(TenantContext ctx, Invoice invoice, Client client, String subject, String toClient) {
        Tenant tenant = tenants.recent(ctx.tenant());
        mails.tellClient(ctx, invoice, client, tenant, subject + ": " + invoice.kind().label().toLowerCase() + " "
                + invoice.number().orElse(""), toClient, invoice.dueDate(), "");
        return tenant;
    }
}
