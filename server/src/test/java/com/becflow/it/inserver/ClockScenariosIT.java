package com.becflow.it.inserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.becflow.contracts.Contract;
import com.becflow.contracts.ContractTerms;
import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceEventType;
import com.becflow.invoicing.InvoiceLine;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Overdue;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.PaymentKind;
import com.becflow.invoicing.app.AttemptSteps;
import com.becflow.invoicing.app.CheckoutSteps;
import com.becflow.invoicing.app.CreditNotes;
import com.becflow.invoicing.app.EarlyPaymentDiscounts;
import com.becflow.invoicing.app.InvoiceClosing;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.invoicing.app.IssueCreditNote;
import com.becflow.invoicing.app.LateFees;
import com.becflow.invoicing.app.ManualPayments;
import com.becflow.invoicing.app.PaymentReconciliation;
import com.becflow.invoicing.app.RecordPayment;
import com.becflow.invoicing.payments.PaymentAttempt;
import com.becflow.it.inserver.scenario.ClockScenarios;
import com.becflow.it.inserver.scenario.Scenario;
import com.becflow.it.inserver.scenario.ScenarioClient;
import com.becflow.it.inserver.scenario.ScenarioTenant;
import com.becflow.platform.jobs.PaymentHousekeepingRound;
import com.becflow.reminders.ReminderOccurrence;
import com.becflow.reminders.ReminderOutcome;
import com.becflow.reminders.ReminderPolicy;
import com.becflow.reminders.ReminderRecord;
import com.becflow.reminders.app.NextReminder;
import com.becflow.reminders.app.ReminderControls;
import com.becflow.shared.tenant.Actor;
import com.becflow.workspace.local.LocalMailbox;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaEntry;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.error.DomainException;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.db.BecflowDataSource;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.FreelancerAccounts;
import com.becflow.tenancy.NewFreelancerAccount;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.UnknownTenant;
import com.becflow.tenancy.app.SignUp;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stories in which time passes, inside the real server: an invoice turns overdue at its client's midnight and is
 * shown so by the REST API, the workspace's list and its history alike; every status filter lists exactly what is
 * shown with that status; and the housekeeping round enters only the tenants whose agenda says something is due.
 */
@ExtendWith(ArquillianExtension.class)
class ClockScenariosIT {

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    ClockScenarios scenarios;

    @Inject
    InvoiceQueries queries;

    @Inject
    ManualPayments payments;

    @Inject
    InvoiceClosing closing;

    @Inject
    CreditNotes creditNotes;

    @Inject
    CheckoutSteps checkouts;

    @Inject
    TenantRegistry registry;

    @Inject
    Agenda agenda;

    @Inject
    AttemptSteps attempts;

    @Inject
    FreelancerAccounts accounts;

    @Inject
    LateFees lateFeeUseCases;

    @Inject
    EarlyPaymentDiscounts discounts;

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    ReminderControls reminders;

    @Inject
    LocalMailbox mailbox;

    @Test
    void aTrialWhoseOwnerNeverVerifiedIsRemovedThreeDaysAfterSignUpWhileAVerifiedOneStays() throws SQLException {
        try (Scenario s = scenarios.begin()) {
            String unverifiedEmail = "never-verified-" + UUID.randomUUID() + "@it.becflow.test";
            String verifiedEmail = "verified-" + UUID.randomUUID() + "@it.becflow.test";
            Tenant unverified = registry.signUp(new SignUp("Squatted Studio", "Mal", "Lory", unverifiedEmail,
                    "correct horse battery", "UTC", "EUR"));
            Tenant verified = registry.signUp(new SignUp("Real Studio", "Ada", "Lovelace", verifiedEmail,
                    "correct horse battery", "UTC", "EUR"));
            registry.confirmOwnerEmail(verified.id(), verifiedEmail);
            assertThat(agenda.of(unverified.id())).extracting(AgendaEntry::topic, AgendaEntry::dueAt)
                    .contains(org.assertj.core.groups.Tuple.tuple(AgendaTopic.UNVERIFIED_TRIAL,
                            unverified.createdAt().plus(Duration.ofDays(3))));

            s.timePasses(Duration.ofDays(3).minusMinutes(1));
            s.housekeeping();
            assertThat(registry.get(unverified.id()).ownerEmailVerified()).isFalse();
            assertThat(schemaExists(unverified.id().schemaName())).isTrue();

            s.timePasses(Duration.ofMinutes(1));
            s.housekeeping();

            assertThatThrownBy(() -> registry.get(unverified.id())).isInstanceOf(UnknownTenant.class);
            assertThat(schemaExists(unverified.id().schemaName())).isFalse();
            assertThat(agenda.of(unverified.id())).isEmpty();
            assertThat(removalReason(unverified.id())).contains("OWNER_EMAIL_NEVER_VERIFIED");
            // The Keycloak account went too: the address can be registered again.
            UserId again = accounts.register(new NewFreelancerAccount(unverifiedEmail, "A", "B", "correct horse battery",
                    TenantId.newId()));
            accounts.remove(again);

            assertThat(registry.get(verified.id()).ownerEmailVerified()).isTrue();
            assertThat(schemaExists(verified.id().schemaName())).isTrue();
            assertThat(agenda.of(verified.id())).extracting(AgendaEntry::topic).doesNotContain(AgendaTopic.UNVERIFIED_TRIAL);
            assertThat(removalReason(verified.id())).isEmpty();
        }
    }

    private boolean schemaExists(String schema) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            q.setString(1, schema);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private Optional<String> removalReason(TenantId tenant) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT reason FROM public.tenant_removal WHERE tenant_id = ?")) {
            q.setObject(1, tenant.value());
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    @Test
    void theDashboardAgesEachOpenInvoiceIntoItsBucketAsDaysPass() {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Ageing Studio", "UTC");
            ScenarioClient client = studio.client("Slow Payer", "UTC");
            for (String amount : List.of("100.00", "200.00", "400.00")) {
                client.invoice().line("Work", amount).dueInDays(0).issue();
                s.daysPass(30);
            }
            client.invoice().line("Work", "800.00").dueInDays(0).issue();
            s.daysPass(1);
            client.invoice().line("Next project", "1600.00").dueInDays(45).issue();

            JsonObject eur = studio.api().get("/dashboard").getJsonArray("currencies").getJsonObject(0);
            assertThat(eur.getJsonArray("ageing").getValuesAs(JsonObject.class))
                    .extracting(a -> a.getString("bucket") + " " + a.getInt("count") + " " + a.getJsonObject("amount")
                            .getString("amount"))
                    .containsExactly("CURRENT 1 1600.00", "DAYS_1_30 1 800.00", "DAYS_31_60 1 400.00",
                            "DAYS_61_90 1 200.00", "OVER_90 1 100.00");
            assertThat(eur.getJsonObject("owedNow").getString("amount")).isEqualTo("3100.00");
            assertThat(eur.getJsonArray("expected").getValuesAs(JsonObject.class))
                    .extracting(e -> e.getJsonObject("amount").getString("amount"))
                    .containsExactly("0.00", "1600.00", "1600.00");
        }
    }

    @Test
    void anInvoiceDueInFourteenDaysIsOverdueFifteenDaysLaterInTheApiTheWorkspaceListAndItsHistory() {
        try (Scenario s = scenarios.begin()) {
            // At noon UTC Berlin and New York share a date: issued late in the UTC evening, the invoice would take its
            // date from Berlin's next day while New York is a day behind, and fifteen days would not yet be enough there.
            s.timePassesUntil(s.now().atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1).atTime(12, 0)
                    .toInstant(java.time.ZoneOffset.UTC));
            ScenarioTenant studio = s.tenant("Studio Berlin", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
            Invoice invoice = acme.invoice().line("Logo design", "1200.00").dueInDays(14).issue();
            String number = invoice.number().orElseThrow();
            assertThat(overdueEntries(studio)).extracting(AgendaEntry::dueAt)
                    .containsExactly(acme.midnightEnding(invoice.dueDate()));

            s.daysPass(15);

            assertThat(studio.statusOf(invoice)).isEqualTo(InvoiceStatus.OVERDUE);
            assertThat(studio.api().invoiceStatuses("OVERDUE")).containsExactly(Map.entry(number, "OVERDUE"));
            assertThat(studio.api().invoiceStatuses("ISSUED")).isEmpty();
            assertThat(studio.api().invoiceStatuses(null)).containsExactly(Map.entry(number, "OVERDUE"));
            assertThat(studio.workspaceList().showing(InvoiceStatus.OVERDUE)).containsExactly(Map.entry(number, "overdue"));
            assertThat(studio.workspaceList().showing(InvoiceStatus.ISSUED)).isEmpty();

            s.housekeeping();
            s.housekeeping();

            assertThat(studio.history(invoice, InvoiceEventType.OVERDUE)).singleElement().satisfies(e -> {
                assertThat(e.actor().describe()).isEqualTo("Becflow (due date passed)");
                assertThat(e.reference()).contains(invoice.dueDate().toString());
            });
            assertThat(overdueEntries(studio)).as("nothing else falls overdue; reminders carry on").isEmpty();
        }
    }

    @Test
    void itTurnsOverdueAtTheClientsMidnightNotTheFreelancersNorTheServers() {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Studio Berlin", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
            Invoice invoice = acme.invoice().line("Logo design", "1200.00").dueInDays(14).issue();
            String number = invoice.number().orElseThrow();
            Instant clientsMidnight = acme.midnightEnding(invoice.dueDate());

            // Fourteen days and the hours up to New York's midnight: Berlin's day and the server's (UTC) are over.
            s.timePassesUntil(clientsMidnight.minus(Duration.ofMinutes(1)));
            assertThat(LocalDate.now(s.clock().withZone(ZoneId.of("Europe/Berlin")))).isAfter(invoice.dueDate());
            assertThat(LocalDate.now(s.clock())).isAfter(invoice.dueDate());
            assertThat(acme.today()).isEqualTo(invoice.dueDate());

            assertThat(studio.statusOf(invoice)).isEqualTo(InvoiceStatus.ISSUED);
            assertThat(studio.api().invoiceStatuses("OVERDUE")).isEmpty();
            assertThat(studio.api().invoiceStatuses("ISSUED")).containsExactly(Map.entry(number, "ISSUED"));
            assertThat(studio.workspaceList().showing(InvoiceStatus.OVERDUE)).isEmpty();
            assertThat(studio.workspaceList().showing(InvoiceStatus.ISSUED)).containsExactly(Map.entry(number, "issued"));
            s.housekeeping();
            assertThat(overdueEntries(studio)).as("the overdue entry waits for the client's midnight")
                    .extracting(AgendaEntry::dueAt).containsExactly(clientsMidnight);
            assertThat(studio.history(invoice, InvoiceEventType.OVERDUE)).isEmpty();

            // A minute after the client's midnight.
            s.timePassesUntil(clientsMidnight.plus(Duration.ofMinutes(1)));

            assertThat(studio.statusOf(invoice)).isEqualTo(InvoiceStatus.OVERDUE);
            assertThat(studio.api().invoiceStatuses("OVERDUE")).containsExactly(Map.entry(number, "OVERDUE"));
            assertThat(studio.api().invoiceStatuses("ISSUED")).isEmpty();
            assertThat(studio.workspaceList().showing(InvoiceStatus.OVERDUE)).containsExactly(Map.entry(number, "overdue"));
            assertThat(studio.workspaceList().showing(InvoiceStatus.ISSUED)).isEmpty();
            s.housekeeping();
            assertThat(studio.history(invoice, InvoiceEventType.OVERDUE)).hasSize(1);
            assertThat(overdueEntries(studio)).isEmpty();
        }
    }

    @Test
    void everyStatusFilterListsExactlyTheInvoicesShownWithThatStatus() {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Studio Berlin", "Europe/Berlin");
            List<ScenarioClient> clients = List.of(studio.client("Kiri Ahead", "Pacific/Kiritimati"),
                    studio.client("Pago Behind", "Pacific/Pago_Pago"), studio.client("Acme Inc", "America/New_York"),
                    studio.client("Berta Local", "Europe/Berlin"));
            TenantContext ctx = studio.context();
            List<Invoice> all = new ArrayList<>();
            for (ScenarioClient client : clients) {
                for (int days = 0; days <= 2; days++) {
                    all.add(client.invoice().line("Work", "100.00").dueInDays(days).issue());
                }
                Invoice partlyPaid = client.invoice().line("Work", "100.00").dueInDays(1).issue();
                payments.record(partlyPaid.id(), new RecordPayment(new BigDecimal("40.00"), "CASH", null, null), ctx);
                Invoice paid = client.invoice().line("Work", "100.00").dueInDays(0).issue();
                payments.record(paid.id(), new RecordPayment(new BigDecimal("100.00"), "CASH", null, null), ctx);
                Invoice voided = client.invoice().line("Work", "100.00").dueInDays(0).issue();
                closing.voidInvoice(voided.id(), ctx);
                Invoice writtenOff = client.invoice().line("Work", "100.00").dueInDays(0).issue();
                closing.writeOff(writtenOff.id(), ctx);
                Invoice credited = client.invoice().line("Work", "100.00").dueInDays(0).issue();
                creditNotes.issue(credited.id(), new IssueCreditNote(List.of(InvoiceLine.of("Less work", "1", "30.00")),
                        "Scope cut"), ctx);
                all.addAll(List.of(partlyPaid, paid, voided, writtenOff, credited, client.invoice().draft()));
            }
            // An hour after Berlin's midnight ending tomorrow: Kiritimati is a day further, Pago Pago two days behind.
            LocalDate berlinToday = LocalDate.now(s.clock().withZone(ZoneId.of("Europe/Berlin")));
            s.timePassesUntil(Overdue.from(berlinToday.plusDays(1), ZoneId.of("Europe/Berlin")).plus(Duration.ofHours(1)));

            Map<InvoiceStatus, Set<String>> shown = new EnumMap<>(InvoiceStatus.class);
            for (Invoice invoice : queries.list(null, null, 0, 500, ctx)) {
                shown.computeIfAbsent(queries.status(invoice, ctx), k -> new TreeSet<>()).add(invoice.id().toString());
            }
            assertThat(shown.keySet()).contains(InvoiceStatus.OVERDUE, InvoiceStatus.ISSUED, InvoiceStatus.PARTIALLY_PAID,
                    InvoiceStatus.PAID, InvoiceStatus.VOID, InvoiceStatus.UNCOLLECTIBLE, InvoiceStatus.DRAFT);
            assertThat(shown.values().stream().mapToInt(Set::size).sum()).isEqualTo(all.size() + clients.size());
            for (InvoiceStatus status : InvoiceStatus.values()) {
                Set<String> listed = queries.list(null, status, 0, 500, ctx).stream().map(i -> i.id().toString())
                        .collect(Collectors.toCollection(TreeSet::new));
                assertThat(listed).as("listed as %s", status).isEqualTo(shown.getOrDefault(status, Set.of()));
                assertThat(queries.count(null, status, ctx)).as("counted as %s", status).isEqualTo(listed.size());
            }
            ScenarioClient ahead = clients.get(0);
            Set<String> aheadOverdue = queries.list(ahead.client().id(), InvoiceStatus.OVERDUE, 0, 500, ctx).stream()
                    .map(i -> i.id().toString()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(aheadOverdue).isEqualTo(queries.list(ahead.client().id(), null, 0, 500, ctx).stream()
                    .filter(i -> queries.status(i, ctx) == InvoiceStatus.OVERDUE).map(i -> i.id().toString())
                    .collect(Collectors.toCollection(TreeSet::new))).isNotEmpty();
        }
    }

    @Test
    void aRoundEntersOnlyTheTenantsWithSomethingDueAndKeepsTheEntriesOfTenantsNotServed() {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant due = s.tenant("Due Studio", "Europe/Berlin");
            Invoice dueInvoice = due.client("Acme Inc", "Europe/Berlin").invoice().dueInDays(0).issue();
            ScenarioTenant later = s.tenant("Later Studio", "Europe/Berlin");
            later.client("Acme Inc", "Europe/Berlin").invoice().dueInDays(30).issue();
            // Its reminders are not what this is about: only the overdue entry, 30 days off, stays.
            agenda.reschedule(later.id(), AgendaTopic.REMINDERS, Optional.empty());
            ScenarioTenant suspended = s.tenant("Suspended Studio", "Europe/Berlin");
            Invoice suspendedInvoice = suspended.client("Acme Inc", "Europe/Berlin").invoice().dueInDays(0).issue();
            registry.suspend(suspended.id());
            // Idle tenants: an overdue invoice each, but nothing on the agenda, so no round may look at them.
            List<ScenarioTenant> idle = new ArrayList<>();
            List<Invoice> idleInvoices = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ScenarioTenant tenant = s.tenant("Idle Studio " + i, "Europe/Berlin");
                idleInvoices.add(tenant.client("Acme Inc", "Europe/Berlin").invoice().dueInDays(0).issue());
                agenda.reschedule(tenant.id(), AgendaTopic.OVERDUE_INVOICES, Optional.empty());
                agenda.reschedule(tenant.id(), AgendaTopic.REMINDERS, Optional.empty());
                idle.add(tenant);
            }

            s.daysPass(2);
            PaymentHousekeepingRound.Report round = s.housekeeping();

            // (The minute's job may run a round of its own meanwhile: what is asserted holds for every round.)
            assertThat(round.entered()).doesNotContain(later.id(), suspended.id())
                    .doesNotContainAnyElementsOf(idle.stream().map(ScenarioTenant::id).toList());
            assertThat(due.history(dueInvoice, InvoiceEventType.OVERDUE)).hasSize(1);
            for (int i = 0; i < idle.size(); i++) {
                assertThat(idle.get(i).history(idleInvoices.get(i), InvoiceEventType.OVERDUE)).isEmpty();
            }
            assertThat(later.agenda()).extracting(AgendaEntry::topic).containsExactly(AgendaTopic.OVERDUE_INVOICES);
            assertThat(suspended.agenda()).isNotEmpty().allSatisfy(e -> assertThat(e.dueAt())
                    .isAfterOrEqualTo(s.now().plus(Duration.ofMinutes(14))));

            assertThat(suspended.history(suspendedInvoice, InvoiceEventType.OVERDUE)).isEmpty();

            registry.activate(suspended.id());
            PaymentHousekeepingRound.Report afterActivation = s.housekeeping();

            assertThat(suspended.history(suspendedInvoice, InvoiceEventType.OVERDUE)).hasSize(1);
            assertThat(overdueEntries(suspended)).isEmpty();
            assertThat(afterActivation.entered()).doesNotContain(due.id(), later.id());
        }
    }

    @Test
    void theAgendaKeepsTheEarliestOverdueMomentWhicheverOrderInvoicesAreIssuedIn() {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Studio Lisbon", "Europe/Lisbon");
            ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
            Invoice fortnight = acme.invoice().line("Logo design", "500.00").dueInDays(14).issue();
            Instant first = acme.midnightEnding(fortnight.dueDate());
            assertThat(overdueEntry(studio)).isEqualTo(first);

            acme.invoice().line("Brand book", "900.00").dueInDays(30).issue();
            assertThat(overdueEntry(studio)).as("a later moment leaves the earlier entry as it is").isEqualTo(first);

            Invoice week = acme.invoice().line("Poster", "200.00").dueInDays(7).issue();
            assertThat(overdueEntry(studio)).as("an earlier one moves it").isEqualTo(acme.midnightEnding(week.dueDate()));
        }
    }

    private static Instant overdueEntry(ScenarioTenant studio) {
        return studio.agenda().stream().filter(e -> e.topic() == AgendaTopic.OVERDUE_INVOICES).findFirst()
                .orElseThrow().dueAt();
    }

    @Test
    void aStoredAttemptAndARecordedPaymentPutTheirTenantOnTheAgendaInTheirOwnTransaction() {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Studio Berlin", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "Europe/Berlin");
            Invoice invoice = acme.invoice().line("Logo design", "500.00").dueInDays(30).issue();

            PaymentAttempt attempt = checkouts.reserve(studio.context(), invoice.id(),
                    com.becflow.shared.money.Money.of("500.00", "EUR")).attempt();
            payments.record(acme.invoice().dueInDays(30).issue().id(),
                    new RecordPayment(new BigDecimal("100.00"), "CASH", null, null), studio.context());

            Map<AgendaTopic, Instant> entries = studio.agenda().stream()
                    .collect(Collectors.toMap(AgendaEntry::topic, AgendaEntry::dueAt));
            assertThat(entries.get(AgendaTopic.PAYMENT_ATTEMPTS))
                    .isCloseTo(attempt.updatedAt().plus(PaymentReconciliation.SETTLE_AFTER), within(1, ChronoUnit.MILLIS));
            assertThat(entries).containsKey(AgendaTopic.OVERDUE_INVOICES);
            // No checkout was opened for it (nor can be: this tenant has no payment account); close it for good.
            attempts.abandon(studio.context(), attempt.id());
        }
    }
    @Test
    void aLateFeeIsChargedOncePerPeriodOnlyUnderTheSignedClauseUpToItsCapAndTheFreelancerCanWaiveOne() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Fee Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
            Contract signed = acme.signedContract(ContractTerms.netDays(14).withLateFee(new ContractTerms.LateFee(
                    new BigDecimal("25.00"), new BigDecimal("1.5"), 30, 5, new BigDecimal("10"))));
            Invoice underClause = acme.invoice().underContract(signed).line("Logo design", "1000.00").dueInDays(14).issue();
            Invoice noClause = acme.invoice().line("Logo design", "1000.00").dueInDays(14).issue();
            LocalDate due = underClause.dueDate();
            TenantContext ctx = studio.context();

            // The last of the five grace days, a minute before it ends where the client lives: nothing yet.
            s.timePassesUntil(acme.midnightEnding(due.plusDays(5)).minus(Duration.ofMinutes(1)));
            s.housekeeping();
            assertThat(lateFees(underClause, ctx)).isEmpty();
            assertThat(overdueEntries(studio)).extracting(AgendaEntry::dueAt)
                    .containsExactly(acme.midnightEnding(due.plusDays(5)));

            s.timePassesUntil(acme.midnightEnding(due.plusDays(5)));
            s.housekeeping();
            s.housekeeping();
            assertThat(lateFees(underClause, ctx)).extracting(p -> p.amount().amount().toPlainString()).containsExactly("40.0000");
            assertThat(studio.history(underClause, InvoiceEventType.LATE_FEE)).singleElement().satisfies(e -> {
                assertThat(e.actor().describe()).isEqualTo("Becflow (late-fee clause of the signed contract)");
                assertThat(e.detail()).contains("period 1", "25 + 1.5% of the unpaid amount every 30 days", "balance 1040.00 EUR");
            });
            assertThat(queries.get(underClause.id(), ctx).balance().amount()).isEqualByComparingTo("1040.00");
            assertThat(lateFees(noClause, ctx)).as("no clause, no fee").isEmpty();
            assertThat(overdueEntries(studio)).extracting(AgendaEntry::dueAt)
                    .containsExactly(acme.midnightEnding(due.plusDays(35)));

            s.timePassesUntil(acme.midnightEnding(due.plusDays(35)));
            s.housekeeping();
            s.timePassesUntil(acme.midnightEnding(due.plusDays(65)));
            s.housekeeping();
            s.timePassesUntil(acme.midnightEnding(due.plusDays(95)));
            s.housekeeping();
            assertThat(lateFees(underClause, ctx)).as("the third is cut to the cap of 10%%, the fourth never comes")
                    .extracting(p -> p.amount().amount().toPlainString()).containsExactly("40.0000", "40.0000", "20.0000");
            assertThat(overdueEntries(studio)).as("the cap is reached: nothing more falls due").isEmpty();
            Invoice charged = queries.get(underClause.id(), ctx);
            assertThat(charged.ledger().lateFees().amount()).isEqualByComparingTo("100.00");
            assertThat(charged.ledger().addsUp()).isTrue();
            assertThat(charged.total().amount()).as("the issued total stays").isEqualByComparingTo("1000.00");

            Payment last = lateFees(underClause, ctx).get(2);
            lateFeeUseCases.waive(underClause.id(), last.id(), "Goodwill", ctx);
            assertThat(queries.get(underClause.id(), ctx).balance().amount()).isEqualByComparingTo("1080.00");
            assertThat(studio.history(underClause, InvoiceEventType.LATE_FEE_WAIVED)).singleElement().satisfies(e -> {
                assertThat(e.actor().kind()).isEqualTo(com.becflow.shared.tenant.Actor.Kind.FREELANCER);
                assertThat(e.detail()).contains("20.00", "Goodwill", "balance 1080.00 EUR");
            });
            assertThatThrownBy(() -> lateFeeUseCases.waive(underClause.id(), last.id(), "Again", ctx))
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.code().key()).isEqualTo("invoice.late-fee.already-waived"));
            assertThatThrownBy(() -> lateFeeUseCases.chargeDue(noClause.id(), ctx)).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.code().key()).isEqualTo("invoice.late-fee.no-clause"));
            assertThat(queries.get(underClause.id(), ctx).balance().amount()).as("refusals changed nothing")
                    .isEqualByComparingTo("1080.00");
            assertThat(studio.api().get("/dashboard").getJsonArray("currencies").getJsonObject(0).getJsonObject("owedNow")
                    .getString("amount")).as("the dashboard owes the fees not waived too").isEqualTo("2080.00");
        }
    }

    @Test
    void eachReminderGoesOutOnceAtNineWhereTheClientLivesAcrossAClockChangeAndTheEndlessStepStopsAtItsLimit()
            throws InterruptedException {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Reminding Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
            // Due two days after the client's next clock change: D-3 falls before it, D+0 after it.
            LocalDate change = LocalDate.ofInstant(acme.zone().getRules().nextTransition(s.now()).getInstant(), acme.zone());
            LocalDate due = change.plusDays(2);
            int netDays = (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(s.now(), ZoneId.of("Europe/Berlin")), due);
            Invoice invoice = acme.invoice().line("Logo design", "1200.00").dueInDays(netDays).issue();
            assertThat(invoice.dueDate()).isEqualTo(due);
            List<ReminderOccurrence> steps = ReminderPolicy.standard().occurrences();

            List<Instant> sentAt = new ArrayList<>();
            for (ReminderOccurrence step : steps) {
                Instant nine = ZonedDateTime.of(due.plusDays(step.offsetDays()), LocalTime.of(9, 0), acme.zone()).toInstant();
                assertThat(reminders.next(studio.context(), invoice.id())).get().extracting(NextReminder::step, NextReminder::at)
                        .containsExactly(step.key(), nine);
                assertThat(studio.agenda()).filteredOn(e -> e.topic() == AgendaTopic.REMINDERS)
                        .singleElement().satisfies(e -> assertThat(e.dueAt()).isBeforeOrEqualTo(nine));

                s.timePassesUntil(nine.minusSeconds(60));
                s.housekeeping();
                Thread.sleep(200);
                assertThat(doneSteps(studio, invoice)).as("nothing before nine").doesNotContain(step.key());

                s.timePassesUntil(nine);
                s.housekeeping();
                ReminderRecord sent = awaitStep(s, studio, invoice, step.key());
                assertThat(sent.outcome()).isEqualTo(ReminderOutcome.SENT);
                assertThat(sent.tone()).isEqualTo(step.tone());
                assertThat(sent.recordedAt()).isBetween(nine, nine.plusSeconds(60));
                sentAt.add(nine);
                s.housekeeping();
                s.housekeeping();
            }

            assertThat(Duration.between(sentAt.get(0), sentAt.get(1)))
                    .as("09:00 before and after the clock change are 3 days less an hour apart")
                    .isEqualTo(Duration.ofDays(3).minusHours(1));
            s.timePassesUntil(sentAt.get(sentAt.size() - 1).plus(Duration.ofDays(60)));
            s.housekeeping();
            assertThat(reminders.next(studio.context(), invoice.id())).as("the endless step stopped at its limit").isEmpty();
            assertThat(studio.agenda()).extracting(AgendaEntry::topic).doesNotContain(AgendaTopic.REMINDERS);
            assertThat(doneSteps(studio, invoice)).containsExactlyElementsOf(steps.stream().map(ReminderOccurrence::key)
                    .toList());
            assertThat(studio.history(invoice, InvoiceEventType.REMINDER_SENT)).hasSize(steps.size());

            List<LocalMailbox.ReceivedMail> mails = awaitMails(acme.client().email(), 1 + steps.size());
            Thread.sleep(1000);
            assertThat(mailbox.inbox(acme.client().email())).as("the link, then each reminder once")
                    .hasSize(1 + steps.size());
            assertThat(mails).extracting(LocalMailbox.ReceivedMail::subject)
                    .contains("Invoice " + invoice.number().orElseThrow() + " is due today",
                            "Formal reminder: invoice " + invoice.number().orElseThrow() + " overdue");
            assertThat(mails).as("every formal reminder carries its letter")
                    .filteredOn(m -> m.subject().startsWith("Formal reminder")).hasSize(5)
                    .allSatisfy(m -> assertThat(m.attachments()).singleElement().asString().endsWith(
                            invoice.number().orElseThrow() + ".pdf"));
            assertThat(mails).flatExtracting(LocalMailbox.ReceivedMail::attachments)
                    .as("the policy's very last reminder is the final notice before collection")
                    .filteredOn(name -> name.startsWith("final-notice-")).hasSize(1);
        }
    }

    @Test
    void theEarlyPaymentDiscountHoldsUntilTheClientsMidnightAndSettlesTheInvoiceOnlyWhenPaidInTime() throws Exception {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Discount Studio", "Europe/Berlin");
            ScenarioClient kiwi = studio.client("Kiwi Ltd", "Pacific/Auckland");
            Contract signed = kiwi.signedContract(ContractTerms.netDays(30)
                    .withEarlyPaymentDiscount(new ContractTerms.EarlyPaymentDiscount(new BigDecimal("2"), 10)));
            Invoice inTime = kiwi.invoice().underContract(signed).line("Site build", "1000.00").dueInDays(30).issue();
            Invoice tooLate = kiwi.invoice().underContract(signed).line("Site build", "1000.00").dueInDays(30).issue();
            TenantContext ctx = studio.context();
            LocalDate lastDay = inTime.issueDate().plusDays(10);
            Instant clientsMidnight = kiwi.midnightEnding(lastDay);

            EarlyPaymentDiscounts.Offer offer = discounts.offerAt(inTime, s.now(), ctx).orElseThrow();
            assertThat(offer.price().amount()).isEqualByComparingTo("980.00");
            assertThat(offer.discount().amount()).isEqualByComparingTo("20.00");
            assertThat(offer.endsAt()).isEqualTo(clientsMidnight);

            s.timePassesUntil(clientsMidnight.minus(Duration.ofMinutes(1)));
            assertThat(discounts.offerAt(queries.get(tooLate.id(), ctx), s.now(), ctx)).isPresent();
            payments.record(inTime.id(), new RecordPayment(new BigDecimal("980.00"), "BANK_TRANSFER", null, "Transfer"), ctx);
            Invoice settled = queries.get(inTime.id(), ctx);
            assertThat(settled.status()).isEqualTo(InvoiceStatus.PAID);
            assertThat(settled.ledger().earlyPaymentDiscount().amount()).isEqualByComparingTo("20.00");
            assertThat(settled.ledger().addsUp()).isTrue();
            assertThat(studio.history(settled, InvoiceEventType.EARLY_PAYMENT_DISCOUNT)).singleElement()
                    .satisfies(e -> assertThat(e.detail()).contains("20.00", "980.00", lastDay.toString()));

            s.timePassesUntil(clientsMidnight);
            assertThat(discounts.offerAt(queries.get(tooLate.id(), ctx), s.now(), ctx)).as("gone at the client's midnight")
                    .isEmpty();
            payments.record(tooLate.id(), new RecordPayment(new BigDecimal("980.00"), "BANK_TRANSFER", null, "Transfer"), ctx);
            Invoice partly = queries.get(tooLate.id(), ctx);
            assertThat(partly.status()).isEqualTo(InvoiceStatus.PARTIALLY_PAID);
            assertThat(partly.balance().amount()).isEqualByComparingTo("20.00");
            assertThat(partly.ledger().earlyPaymentDiscount().isPositive()).isFalse();
        }
    }

    private List<Payment> lateFees(Invoice invoice, TenantContext ctx) {
        return queries.payments(invoice.id(), ctx).stream().filter(p -> p.kind() == PaymentKind.LATE_FEE).toList();
    }

    @Test
    void noReminderForAPaidInvoiceNoneWhilePromisedOrPausedAndOnlyTheLatestOnceTheyHavePassed()
            throws InterruptedException {
        try (Scenario s = scenarios.begin()) {
            ScenarioTenant studio = s.tenant("Patient Studio", "Europe/Berlin");
            ScenarioClient acme = studio.client("Acme Inc", "Europe/Paris");
            Invoice paid = acme.invoice().line("Paid early", "100.00").dueInDays(10).issue();
            Invoice promised = acme.invoice().line("Promised", "100.00").dueInDays(10).issue();
            Invoice paused = acme.invoice().line("Paused", "100.00").dueInDays(10).issue();
            payments.record(paid.id(), new RecordPayment(new BigDecimal("100.00"), "CASH", null, null), studio.context());
            LocalDate due = promised.dueDate();
            reminders.promise(studio.context(), promised.id(), due.plusDays(9), Actor.client(acme.client().email()));
            reminders.pause(studio.context(), paused.id(), due.plusDays(2));

            s.timePassesUntil(ZonedDateTime.of(due.plusDays(8), LocalTime.of(10, 0), acme.zone()).toInstant());
            s.housekeeping();
            Thread.sleep(6000);
            s.housekeeping();

            assertThat(doneSteps(studio, paid)).as("paid").isEmpty();
            assertThat(reminders.next(studio.context(), paid.id())).isEmpty();
            assertThat(doneSteps(studio, promised)).as("promised until due + 9").isEmpty();
            assertThat(awaitStep(s, studio, paused, "D+7").outcome()).isEqualTo(ReminderOutcome.SENT);
            assertThat(doneSteps(studio, paused)).as("only the latest once the pause ended").containsExactly("D+7");

            Instant resumes = ZonedDateTime.of(due.plusDays(10), LocalTime.of(9, 0), acme.zone()).toInstant();
            assertThat(reminders.next(studio.context(), promised.id())).get().extracting(NextReminder::step,
                    NextReminder::at).containsExactly("D+7", resumes);
            s.timePassesUntil(resumes);
            s.housekeeping();
            awaitStep(s, studio, promised, "D+7");
            assertThat(doneSteps(studio, promised)).containsExactly("D+7");
            assertThat(studio.history(promised, InvoiceEventType.PAYMENT_PROMISED)).singleElement()
                    .satisfies(e -> assertThat(e.reference()).contains(due.plusDays(9).toString()));

            reminders.skip(studio.context(), promised.id());
            assertThat(reminders.next(studio.context(), promised.id())).get().extracting(NextReminder::step)
                    .isEqualTo("D+35");
            assertThat(doneSteps(studio, paid)).isEmpty();
        }
    }

    /** The tenant's overdue entry, leaving aside the reminders every issued invoice also puts on the agenda. */
    private static List<AgendaEntry> overdueEntries(ScenarioTenant tenant) {
        return tenant.agenda().stream().filter(e -> e.topic() == AgendaTopic.OVERDUE_INVOICES).toList();
    }

    private List<String> doneSteps(ScenarioTenant studio, Invoice invoice) {
        return reminders.done(studio.context(), invoice.id()).stream().map(ReminderRecord::step).toList();
    }

    /**
     * Waits for the step's job. Another round (the minute's own) may hold the tenant's agenda entry while the test's
     * round runs and then leave the reminder to the next: so the test runs a round again every few seconds, as the
     * minute's job would, only sooner.
     */
    private ReminderRecord awaitStep(Scenario s, ScenarioTenant studio, Invoice invoice, String step)
            throws InterruptedException {
        for (int i = 1; i <= 450; i++) {
            Optional<ReminderRecord> done = reminders.done(studio.context(), invoice.id()).stream()
                    .filter(r -> r.step().equals(step)).findFirst();
            if (done.isPresent()) {
                return done.get();
            }
            if (i % 50 == 0) {
                s.housekeeping();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Reminder " + step + " of " + invoice.number().orElse("") + " was not sent");
    }

    private List<LocalMailbox.ReceivedMail> awaitMails(String address, int expected) throws InterruptedException {
        List<LocalMailbox.ReceivedMail> mails = List.of();
        for (int i = 0; i < 300 && mails.size() < expected; i++) {
            try {
                mails = mailbox.inbox(address);
            } catch (IllegalStateException notYet) {
                mails = List.of();
            }
            if (mails.size() < expected) {
                Thread.sleep(100);
            }
        }
        return mails;
    }
}
