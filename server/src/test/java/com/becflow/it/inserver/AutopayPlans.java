package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.clients.Client;
import com.becflow.contracts.ContractId;
import com.becflow.contracts.SignatureContext;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEvent;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceId;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.PaymentMethod;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.invoicing.app.InvoiceIssuing;
import com.becflow.invoicing.app.InvoiceLinks;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.PaymentAccountService;
import com.becflow.invoicing.app.SaveInvoice;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayStatus;
import com.becflow.invoicing.plans.app.AcceptPlan;
import com.becflow.invoicing.plans.app.AutopayCalendar;
import com.becflow.invoicing.plans.app.AutopaySetup;
import com.becflow.invoicing.plans.app.PlanPortal;
import com.becflow.invoicing.plans.app.PlanProposals;
import com.becflow.invoicing.plans.app.ProposePlan;
import com.becflow.platform.jobs.ChargeAutopay;
import com.becflow.platform.jobs.ChargeAutopayHandler;
import com.becflow.reminders.app.ReminderSweep;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.time.ServerClock;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Accepted payment plans with autopay, for the autopay scenarios on the movable clock: a tenant onboarded on the fake
 * Stripe, an invoice of 900.00 in three monthly installments of 300.00 from the client's tomorrow, accepted through
 * the client's link, and a card or a bank account saved on the fake's setup page; then what the scenarios read of it.
 */
@ApplicationScoped
public class AutopayPlans {

    static final Pattern INVOICE_LINK = Pattern.compile("/portal/invoice/([A-Za-z0-9_-]{43})");

    @Inject
    InServerFixtures fixtures;

    @Inject
    PaymentAccountService paymentAccounts;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    InvoiceIssuing issuing;

    @Inject
    InvoiceQueries invoices;

    @Inject
    InvoiceLinks links;

    @Inject
    PlanProposals proposals;

    @Inject
    PlanPortal planPortal;

    @Inject
    AutopaySetup autopay;

    @Inject
    AutopayCalendar calendar;

    @Inject
    ChargeAutopayHandler job;

    @Inject
    ReminderSweep reminders;

    @Inject
    ServerClock clock;

    @Inject
    LocalMailbox mailbox;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** An accepted plan with autopay, the invoice's client's link, the tenant's Stripe account and the first due date. */
    public record Plan(TenantContext ctx, Client client, Invoice invoice, String token, String account,
                       LocalDate firstDue) {

        String ownerEmail() {
            return "owner-" + ctx.tenant().value() + "@it.becflow.test";
        }
    }

    /** A new tenant's plan with a card saved. */
    public Plan withCard(String studio, String card) throws Exception {
        TenantContext tenant = fixtures.newTenant(studio);
        return plan(tenant, fixtures.newClient(tenant, "Carla Client"), null, "/card",
                "card-number=" + URLEncoder.encode(card, StandardCharsets.UTF_8));
    }

    /** A new tenant's plan with a bank account saved for SEPA Direct Debit. */
    public Plan withBankAccount(String studio, String iban) throws Exception {
        TenantContext tenant = fixtures.newTenant(studio);
        return withBankAccount(tenant, fixtures.newClient(tenant, "Carla Client"), null, iban);
    }

    /** A plan on an invoice of this tenant and client (under {@code contract}, if not null) with a bank account saved. */
    public Plan withBankAccount(TenantContext tenant, Client client, ContractId contract, String iban) throws Exception {
        return plan(tenant, client, contract, "/bank-account", "iban=" + URLEncoder.encode(iban, StandardCharsets.UTF_8));
    }

    private Plan plan(TenantContext tenant, Client client, ContractId contract, String savePath, String saveForm)
            throws Exception {
        HttpResponse<String> onboarded = post(paymentAccounts.onboardingLink(tenant,
                InServerFixtures.publicPage("/invoice-settings")), "");
        assertThat(onboarded.statusCode()).as(onboarded.body()).isIn(200, 303);
        String account = paymentAccounts.refresh(tenant).orElseThrow().accountId();
        Invoice draft = drafts.create(new SaveInvoice(client.id(), contract, null, List.of(InvoiceLine.of("Design work",
                "1", "900.00")), null, null, 14, null, null), tenant);
        Invoice invoice = issuing.issue(draft.id(), tenant);
        // Under a contract the client has had mails already: a link of their own, as a reminder would carry one.
        String token = contract == null ? fixtures.linkMailedTo(client.email(), INVOICE_LINK, 1)
                : links.issue(tenant, invoice, client, client.email(), invoice.dueDate()).token();
        LocalDate firstDue = LocalDate.now(clock.withZone(client.zone())).plusDays(1);
        proposals.propose(invoice.id(), new ProposePlan("MONTHLY", null, 3, firstDue, null, true), tenant);
        String terms = planPortal.plan(token).orElseThrow().terms().sha256();
        planPortal.accept(token, new AcceptPlan(terms, true), new SignatureContext("127.0.0.1", "AutopayScenariosIT"));

        String page = autopay.open(token);
        HttpResponse<String> saved = post(page + savePath, saveForm);
        String location = saved.headers().firstValue("Location").orElseThrow(() -> new AssertionError(saved.body()));
        if (location.contains("/authenticate/")) {
            location = post(URI.create(page).resolve(location) + "?outcome=complete", "").headers().firstValue("Location")
                    .orElseThrow();
        }
        String pageId = page.substring(page.lastIndexOf('/') + 1);
        assertThat(location).endsWith("?" + AutopaySetup.RETURN_PARAMETER + "=" + pageId);
        assertThat(autopay.returned(token, pageId)).map(Autopay::status).hasValue(AutopayStatus.ON);
        return new Plan(tenant, client, invoice, token, account, firstDue);
    }

    /** What the housekeeping round hands to jobs now, each run as its job runs it. */
    public void runJobs(Plan plan) {
        calendar.due(plan.ctx()).forEach(invoice -> job.run(new ChargeAutopay(plan.ctx().tenant().value().toString(),
                invoice.value().toString())));
    }

    /** To 09:00 of the client's {@code clientDay}. */
    public void timePassesTo(Plan plan, LocalDate clientDay) {
        clock.advanceTo(clientDay.atStartOfDay(plan.client().zone()).plusHours(9).toInstant());
    }

    public LocalDate clientToday(Plan plan) {
        return LocalDate.now(clock.withZone(plan.client().zone()));
    }

    public List<Payment> payments(Plan plan) {
        return invoices.payments(plan.invoice().id(), plan.ctx());
    }

    public List<Payment> cardPayments(Plan plan) {
        return payments(plan).stream().filter(p -> p.kind() == PaymentKind.PAYMENT && p.method() == PaymentMethod.CARD)
                .toList();
    }

    public List<Payment> lateFees(TenantContext ctx, InvoiceId invoice) {
        return invoices.payments(invoice, ctx).stream().filter(p -> p.kind() == PaymentKind.LATE_FEE).toList();
    }

    public List<InvoiceEvent> history(Plan plan, InvoiceEventType type) {
        return invoices.events(plan.invoice().id(), plan.ctx()).stream().filter(e -> e.type() == type).toList();
    }

    /** The steps of the plan's invoice that the reminder sweep finds due now. */
    public List<String> remindersDue(Plan plan) {
        return reminders.sweep(plan.ctx()).due().stream().filter(d -> d.invoice().equals(plan.invoice().id()))
                .map(ReminderSweep.Due::step).toList();
    }

    public LocalMailbox.ReceivedMail awaitMail(String address, String subjectStart) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            try {
                for (LocalMailbox.ReceivedMail mail : mailbox.inbox(address)) {
                    if (mail.subject().startsWith(subjectStart)) {
                        return mail;
                    }
                }
            } catch (IllegalStateException notYet) {
                // GreenMail makes the mailbox on first delivery
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail \"" + subjectStart + "...\" to " + address);
    }

    private HttpResponse<String> post(String url, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
