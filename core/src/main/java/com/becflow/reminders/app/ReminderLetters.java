package com.becflow.reminders.app;

import com.becflow.clients.Client;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceKind;
import com.becflow.invoicing.Invoices;
import com.becflow.invoicing.app.PlannedPayments;
import com.becflow.invoicing.disputes.InvoiceDispute;
import com.becflow.invoicing.disputes.InvoiceDisputes;
import com.becflow.reminders.ReminderFacts;
import com.becflow.reminders.ReminderOccurrence;
import com.becflow.reminders.StandardReminderTexts;
import com.becflow.shared.money.Money;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What a reminder says about an invoice: the facts read for the preview and for the send alike, so both read the same.
 * Under a payment plan it names the installment due now, its day and what is unpaid of it, not the whole balance;
 * what the client disputes and the freelancer has not answered yet is left out.
 */
@ApplicationScoped
public class ReminderLetters {

    /** Shown in a preview where the sent reminder carries the client's personal link, made only when it is sent. */
    static final String PREVIEW_LINK_TOKEN = "(personal link, made when the reminder is sent)";
    /** The made-up client and invoice a policy's steps are previewed with before any invoice follows it. */
    public static final String SAMPLE_CLIENT = "Alex Example";
    public static final String SAMPLE_CLIENT_EMAIL = "alex@example.com";
    static final String SAMPLE_AMOUNT = "1200.00";
    static final int SAMPLE_NET_DAYS = 14;
    static final long SAMPLE_SEQUENCE = 42;

    private final Invoices invoices;
    private final TenantRegistry tenants;
    private final PlannedPayments plans;
    private final InvoiceDisputes disputes;
    private final Clock clock;
    private final String publicUrl;

    @Inject
    public ReminderLetters(Invoices invoices, TenantRegistry tenants, PlannedPayments plans, InvoiceDisputes disputes,
                           Clock clock, @ConfigProperty(name = "BECFLOW_PUBLIC_URL") String publicUrl) {
        this.invoices = invoices;
        this.tenants = tenants;
        this.plans = plans;
        this.disputes = disputes;
        this.clock = clock;
        this.publicUrl = publicUrl == null ? null : publicUrl.replaceAll("/+$", "");
    }

    protected ReminderLetters() {
        this(null, null, null, null, null, null);
    }

    /** The facts of an invoice for its client today, with {@code linkToken} as the secret of the pay link. */
    public ReminderFacts facts(TenantContext ctx, Invoice invoice, Client client, String linkToken) {
        return facts(ctx, invoice, client, linkToken, LocalDate.ofInstant(clock.instant(), client.zone()));
    }

    private ReminderFacts facts(TenantContext ctx, Invoice invoice, Client client, String linkToken, LocalDate today) {
        Tenant tenant = tenants.recent(ctx.tenant());
        Locale language = StandardReminderTexts.languageFor(client.language(), Locale.ENGLISH);
        Money due = invoice.followsPlan() ? plans.smallestPayment(invoice, ctx).orElse(invoice.balance()) : invoice.balance();
        Money undisputed = invoice.balance().minus(InvoiceDispute.openAmount(disputes.of(ctx.tenant(), invoice.id()),
                invoice.currency()));
        if (due.isMoreThan(undisputed)) {
            due = undisputed;
        }
        return new ReminderFacts(client.name(), invoice.number().orElse(""), due, invoice.dueNow(), today,
                payLink(linkToken), businessName(ctx, tenant), tenant.ownerEmail(), language);
    }

    /**
     * The facts of a made-up invoice as a policy's step would speak of it on its day: {@value #SAMPLE_CLIENT}'s
     * invoice of {@value #SAMPLE_AMOUNT} in the workspace's currency, numbered as the workspace numbers them, issued
     * today and due {@value #SAMPLE_NET_DAYS} days later; the business name and contact are the workspace's own.
     */
    public ReminderFacts sample(TenantContext ctx, ReminderOccurrence step, Locale language) {
        Tenant tenant = tenants.recent(ctx.tenant());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ctx.zone());
        LocalDate due = today.plusDays(SAMPLE_NET_DAYS);
        String number = invoices.settings(ctx.tenant()).numbering().format(InvoiceKind.INVOICE, today.getYear(),
                SAMPLE_SEQUENCE);
        return new ReminderFacts(SAMPLE_CLIENT, number, Money.of(SAMPLE_AMOUNT, tenant.homeCurrency()), due,
                due.plusDays(step.offsetDays()), payLink(PREVIEW_LINK_TOKEN), businessName(ctx, tenant),
                tenant.ownerEmail(), StandardReminderTexts.languageFor(language, Locale.ENGLISH));
    }

    /** The address of the invoice page behind a link's secret. */
    String payLink(String linkToken) {
        return publicUrl + "/portal/invoice/" + linkToken;
    }

    private String businessName(TenantContext ctx, Tenant tenant) {
        return invoices.settings(ctx.tenant()).branding().businessNameOr(tenant.displayName());
    }

    /** The facts as they will read on the step's day (or today, if that has passed), with the amount due today. */
    public ReminderFacts preview(TenantContext ctx, Invoice invoice, Client client, ReminderOccurrence step) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), client.zone());
        LocalDate day = invoice.dueNow().plusDays(step.offsetDays());
        return facts(ctx, invoice, client, PREVIEW_LINK_TOKEN, day.isAfter(today) ? day : today);
    }
}
