package com.becflow.it.inserver.scenario;

import com.becflow.clients.app.ClientService;
import com.becflow.cockpit.app.AccountingExports;
import com.becflow.contracts.app.ContractPortal;
import com.becflow.contracts.app.ContractService;
import com.becflow.contracts.app.ContractTemplateService;
import com.becflow.integrations.config.IdentityConfiguration;
import com.becflow.invoicing.app.InvoiceDrafts;
import com.becflow.it.inserver.InServerFixtures;
import com.becflow.invoicing.app.InvoiceIssuing;
import com.becflow.invoicing.app.InvoiceQueries;
import com.becflow.platform.jobs.PaymentHousekeepingRound;
import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.time.ServerClock;
import com.becflow.tenancy.FreelancerAccounts;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Logger;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Whole scenarios inside the server in which time passes, in the manner of Kill Bill's clock-driven tests: fresh
 * tenants and clients in the zones the story needs, invoices built with defaults, then days or hours pass on the
 * server's one {@link ServerClock}, and what the freelancer would see is read where they would see it (the REST API
 * over HTTP, the workspace's invoice list, the history the housekeeping round writes).
 *
 * <pre>{@code
 * @Inject ClockScenarios scenarios;
 *
 * try (Scenario s = scenarios.begin()) {
 *     ScenarioTenant studio = s.tenant("Studio Berlin", "Europe/Berlin");
 *     ScenarioClient acme = studio.client("Acme Inc", "America/New_York");
 *     Invoice invoice = acme.invoice().line("Logo design", "1200.00").dueInDays(14).issue();
 *
 *     s.daysPass(15);
 *     s.housekeeping();
 *
 *     assertThat(studio.statusOf(invoice)).isEqualTo(InvoiceStatus.OVERDUE);
 *     assertThat(studio.api().invoiceStatuses("OVERDUE")).containsEntry(invoice.number().orElseThrow(), "OVERDUE");
 *     assertThat(studio.workspaceList().showing(InvoiceStatus.OVERDUE)).containsEntry(..., "overdue");
 *     assertThat(studio.history(invoice, InvoiceEventType.OVERDUE)).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Containment: a scenario starts and ends at real time ({@link Scenario#close} takes the clock back), so the next
 * test of the same server starts where it expects; the fake Stripe keeps real time, so open no checkout after time
 * passed. Every scenario makes its own tenants, and takes them off the agenda when it closes: otherwise a later
 * scenario moving the clock months ahead would wake every earlier scenario's invoices (reminders, fees) at once. A
 * housekeeping round, whether a scenario runs it or the minute's job fires while the clock is ahead, acts on every
 * entry of the database's agenda that is due by the moved clock, so an open scenario still sees the others'.
 *
 * <p>A test deploys the harness with {@link #addTo}.
 */
@ApplicationScoped
public class ClockScenarios {

    private static final Logger LOG = Logger.getLogger(ClockScenarios.class.getName());

    @Inject
    ServerClock clock;

    @Inject
    TenantRegistry registry;

    @Inject
    ClientService clients;

    @Inject
    ContractService contracts;

    @Inject
    ContractTemplateService templates;

    @Inject
    ContractPortal contractPortal;

    @Inject
    InServerFixtures fixtures;

    @Inject
    LocalMailbox mailbox;

    @Inject
    InvoiceDrafts drafts;

    @Inject
    InvoiceIssuing issuing;

    @Inject
    InvoiceQueries queries;

    @Inject
    AccountingExports exports;

    @Inject
    Agenda agenda;

    @Inject
    PaymentHousekeepingRound housekeeping;

    @Inject
    FreelancerAccounts accounts;

    @Inject
    IdentityConfiguration identity;

    @Inject
    HttpServletRequest request;

    /** Nothing of the tenant stays pending: its entries are taken off the agenda, as a round takes a settled topic off. */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void takeOffTheAgenda(com.becflow.shared.tenant.TenantId tenant) {
        for (com.becflow.shared.agenda.AgendaEntry entry : agenda.of(tenant)) {
            if (agenda.lock(tenant, entry.topic())) {
                agenda.reschedule(tenant, entry.topic(), java.util.Optional.empty());
            }
        }
    }

    /** The harness's classes and the fixtures it uses, for a test's {@code @Deployment}. */
    public static WebArchive addTo(WebArchive archive) {
        return archive.addPackage(ClockScenarios.class.getPackage()).addClass(InServerFixtures.class);
    }

    /**
     * A scenario at real time. If an earlier one in this server was left open (its test died before closing it), its
     * clock is taken back first.
     */
    public Scenario begin() {
        if (!clock.offset().isZero()) {
            LOG.warning("A scenario left the clock " + clock.offset() + " ahead; back to real time");
            clock.returnToRealTime();
        }
        return new Scenario(this);
    }

    /** Where this server answers HTTP, as the request running the test reached it. */
    String baseUrl() {
        return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath();
    }
}
