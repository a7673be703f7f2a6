package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms;
import com.becflow.feedback.EngagementFeedback;
import com.becflow.feedback.app.ClientFeedback;
import com.becflow.feedback.app.FeedbackQueries;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.app.InvoiceClosing;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.InvoiceSettingsService;
import com.becflow.invoicing.app.ManualPayments;
import com.becflow.invoicing.app.RecordPayment;
import com.becflow.invoicing.thanks.app.ThankYouGrants;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioClient;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feedback once an engagement is settled: not while an invoice under the signed contract is still open or its fee is
 * not invoiced in full, once when the last invoice is paid, answered once through the mailed link, and read by the
 * freelancer on the client. And the thank-you for paying on time: a discount on the next invoice, granted once per
 * invoice, used once (even by two invoices issued at once), until it expires.
 */
@ExtendWith(ArquillianExtension.class)
class FeedbackScenariosIT {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Pattern FEEDBACK_LINK = Pattern.compile("/portal/feedback/([A-Za-z0-9_-]{43})");

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    ClockScenarios scenarios;

    @Inject
    ManualPayments payments;

    @Inject
    ClientFeedback clientFeedback;

    @Inject
    FeedbackQueries feedback;

    @Inject
    LocalMailbox mailbox;

    @Inject
    InvoiceSettingsService settings;

    @Inject
    ThankYouGrants thankYous;

    @Inject
    InvoiceClosing closing;

    @Inject
    InvoiceQueries invoices;

    @Inject
    IssueInItsOwnTransaction issuer;

    @Resource
    ManagedThreadFactory threads;

    @Test
    void anInvoicePaidOnTimeEarnsADiscountThatTheNextInvoiceTakesOnceUntilItExpires() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Thankful Studio", "Europe/Berlin");
            TenantContext ctx = studio.context();
            settings.changeThankYou(true, new BigDecimal("5"), 30, ctx);
            ScenarioClient acme = studio.client("Acme Inc", "Europe/Berlin");

            Invoice paidOnTime = acme.invoice().line("Logo design", "1000.00").dueInDays(14).issue();
            s.daysPass(14);
            LocalDate expires = acme.today().plusDays(30);
            pay(paidOnTime, "1000.00", acme, ctx);
            assertThat(thankYous.ofClient(acme.client().id(), ctx)).singleElement().satisfies(c -> {
                assertThat(c.open()).isTrue();
                assertThat(c.discount().percent()).isEqualByComparingTo("5");
                assertThat(c.discount().thankedInvoiceId()).isEqualTo(paidOnTime.id());
                assertThat(c.discount().expiresOn()).isEqualTo(expires);
            });
            assertThat(receipt(acme, paidOnTime)).contains("Thank you for paying on time",
                    "As a thank you, your next invoice from Thankful Studio will be 5% off (until "
                            + expires.format(DAY) + ").");

            Invoice voided = acme.invoice().line("Brand book", "400.00").issue();
            assertThat(voided.total().amount()).isEqualByComparingTo("380.00");
            closing.voidInvoice(voided.id(), ctx);
            assertThat(thankYous.ofClient(acme.client().id(), ctx)).singleElement()
                    .satisfies(c -> assertThat(c.open()).as("given back by the void").isTrue());

            Invoice discounted = acme.invoice().line("Brand book", "400.00").dueInDays(7).issue();
            String line = "Thank-you discount (5%) for paying " + paidOnTime.number().orElseThrow() + " on time";
            assertThat(discounted.lines().items()).extracting(InvoiceLine::description).containsExactly("Brand book", line);
            assertThat(discounted.total().amount()).isEqualByComparingTo("380.00");
            assertThat(acme.invoice().line("Banner", "100.00").issue().total().amount()).as("used once")
                    .isEqualByComparingTo("100.00");
            assertThat(thankYous.ofClient(acme.client().id(), ctx)).singleElement().satisfies(c -> {
                assertThat(c.open()).isFalse();
                assertThat(c.discount().usedBy()).contains(discounted.id());
            });

            s.daysPass(8);
            pay(discounted, "380.00", acme, ctx);
            assertThat(receipt(acme, discounted)).as("paid a day late").doesNotContain("As a thank you");
            assertThat(thankYous.ofClient(acme.client().id(), ctx)).hasSize(1);

            Invoice again = acme.invoice().line("Flyer", "200.00").dueInDays(14).issue();
            pay(again, "200.00", acme, ctx);
            assertThat(thankYous.ofClient(acme.client().id(), ctx)).hasSize(2).first()
                    .satisfies(c -> assertThat(c.open()).isTrue());
            s.daysPass(31);
            assertThat(acme.invoice().line("Poster", "300.00").issue().total().amount()).as("expired")
                    .isEqualByComparingTo("300.00");
            assertThat(thankYous.ofClient(acme.client().id(), ctx)).noneMatch(ThankYouGrants.ClientDiscount::open);
        }
    }

    @Test
    void aThankYouDiscountIsGrantedOncePerInvoiceAndTakenByOnlyOneOfTwoInvoicesIssuedAtOnce() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Thankful Twins Studio", "Europe/Berlin");
            TenantContext ctx = studio.context();
            settings.changeThankYou(true, new BigDecimal("10"), 30, ctx);
            ScenarioClient tara = studio.client("Tara Twice", "Europe/Berlin");
            Invoice paid = tara.invoice().line("Logo", "100.00").dueInDays(14).issue();
            Payment payment = payments.record(paid.id(), new RecordPayment(new BigDecimal("100.00"), "BANK_TRANSFER",
                    tara.today(), null), ctx);
            assertThat(thankYous.grantFor(invoices.get(paid.id(), ctx), payment, ctx)).as("once per invoice").isEmpty();
            assertThat(thankYous.ofClient(tara.client().id(), ctx)).hasSize(1);

            List<Invoice> twins = List.of(tara.invoice().line("Brand book", "200.00").draft(),
                    tara.invoice().line("Website", "300.00").draft());
            CountDownLatch start = new CountDownLatch(1);
            List<FutureTask<Boolean>> results = new ArrayList<>();
            for (Invoice twin : twins) {
                FutureTask<Boolean> task = new FutureTask<>(() -> {
                    start.await();
                    issuer.issue(twin.id(), ctx, false);
                    return true;
                });
                results.add(task);
                threads.newThread(task).start();
            }
            start.countDown();
            for (FutureTask<Boolean> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isTrue();
            }
            List<Invoice> issued = twins.stream().map(t -> invoices.get(t.id(), ctx)).toList();
            assertThat(issued).extracting(Invoice::status).containsOnly(InvoiceStatus.ISSUED);
            assertThat(issued.stream().flatMap(i -> i.lines().items().stream())
                    .filter(l -> l.description().startsWith("Thank-you discount (10%) for paying "))).hasSize(1);
            List<String> totals = issued.stream().map(i -> i.total().amount().setScale(2).toPlainString()).toList();
            assertThat(totals).as("10% off one of them").isIn(List.of("180.00", "300.00"), List.of("200.00", "270.00"));
            assertThat(thankYous.ofClient(tara.client().id(), ctx)).singleElement()
                    .satisfies(c -> assertThat(c.discount().usedBy()).isPresent());
        }
    }

    private void pay(Invoice invoice, String amount, ScenarioClient client, TenantContext ctx) {
        payments.record(invoice.id(), new RecordPayment(new BigDecimal(amount), "BANK_TRANSFER", client.today(), null),
                ctx);
    }

    private static String receipt(ScenarioClient client, Invoice invoice) throws InterruptedException {
        List<LocalMailbox.ReceivedMail> mails = client.awaitMails("for invoice " + invoice.number().orElseThrow(), 1);
        assertThat(mails).hasSize(1);
        return mails.get(0).text();
    }

    @Test
    void theClientIsAskedOnceTheLastInvoiceUnderTheContractIsPaidAndAnswersOnce() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Feedback Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "Europe/Berlin");
            Contract signed = acme.signedContract(ContractTerms.netDays(14));
            Invoice first = acme.invoice().underContract(signed).line("Logo design", "600.00").dueInDays(14).issue();
            Invoice second = acme.invoice().underContract(signed).line("Brand book", "400.00").dueInDays(14).issue();
            TenantContext ctx = studio.context();

            ScenarioClient begun = studio.client("Begun Ltd", "Europe/Berlin");
            Invoice part = begun.invoice().underContract(begun.signedContract(ContractTerms.netDays(14)))
                    .line("First half", "500.00").dueInDays(14).issue();
            payments.record(part.id(), new RecordPayment(new BigDecimal("500.00"), "BANK_TRANSFER", null, null), ctx);
            assertThat(feedback.ofClient(ctx, begun.client().id())).as("half of a fee of 1,000.00 is invoiced").isEmpty();

            payments.record(first.id(), new RecordPayment(new BigDecimal("600.00"), "BANK_TRANSFER", null, null), ctx);
            assertThat(feedback.ofClient(ctx, acme.client().id())).as("the brand book is still owed").isEmpty();
            payments.record(second.id(), new RecordPayment(new BigDecimal("400.00"), "BANK_TRANSFER", null, null), ctx);

            List<FeedbackQueries.Entry> asked = feedback.ofClient(ctx, acme.client().id());
            assertThat(asked).singleElement().satisfies(e -> {
                assertThat(e.engagement()).isEqualTo(signed.title());
                assertThat(e.feedback().answer()).isEmpty();
            });
            LocalMailbox.ReceivedMail request = acme.awaitMails("How did it go? ", 1).get(0);
            Matcher link = FEEDBACK_LINK.matcher(request.text());
            assertThat(link.find()).as(request.text()).isTrue();
            String token = link.group(1);

            assertThat(clientFeedback.standing(token).engagement()).isEqualTo(signed.title());
            assertThatThrownBy(() -> clientFeedback.answer(token, 6, 4, null))
                    .isInstanceOf(EngagementFeedback.InvalidFeedback.class);
            clientFeedback.answer(token, 5, 4, "Lovely logo; the second invoice came late.");
            assertThatThrownBy(() -> clientFeedback.answer(token, 1, 1, "Changed my mind"))
                    .isInstanceOf(EngagementFeedback.FeedbackAnswered.class);

            assertThat(feedback.ofClient(ctx, acme.client().id())).singleElement()
                    .satisfies(e -> assertThat(e.feedback().answer()).get().satisfies(a -> {
                        assertThat(a.work()).isEqualTo(5);
                        assertThat(a.billing()).isEqualTo(4);
                        assertThat(a.comment()).isEqualTo("Lovely logo; the second invoice came late.");
                    }));
            Invoice later = acme.invoice().underContract(signed).line("Extra banner", "100.00").dueInDays(14).issue();
            payments.record(later.id(), new RecordPayment(new BigDecimal("100.00"), "BANK_TRANSFER", null, null), ctx);
            assertThat(feedback.ofClient(ctx, acme.client().id())).as("asked once per engagement").hasSize(1);
            Thread.sleep(1000);
            assertThat(mailbox.inbox(acme.client().email())).filteredOn(m -> m.subject().startsWith("How did it go? "))
                    .hasSize(1);
        }
    }
}
