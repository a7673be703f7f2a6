package com.becflow.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.becflow.clients.Client;
import com.becflow.clients.ClientId;
import com.becflow.clients.ClientNotFound;
import com.becflow.clients.ClientSearch;
import com.becflow.clients.ClientSort;
import com.becflow.clients.app.ClientService;
import com.becflow.clients.app.SaveClient;
import com.becflow.db.BecflowDataSource;
import com.becflow.integrations.jobs.BackgroundJobs;
import com.becflow.integrations.jobs.JobWithoutTenant;
import com.becflow.platform.jobs.SendWorkspaceDigest;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.EmailAlreadyRegistered;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.TenantStatus;
import com.becflow.tenancy.app.SignUp;
import com.becflow.tenancy.app.TenantRegistry;
import com.becflow.workspace.local.LocalMailbox;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.JobId;
import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.jobs.states.StateName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the real server, against real PostgreSQL, Keycloak and SMTP: one deployment of the real workspace
 * application for all of these, and every test makes tenants of its own.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    @Deployment
    static WebArchive workspace() {
        return InServerArchive.everyInServerTest();
    }

    @Inject
    TenantRegistry registry;

    @Inject
    ClientService clients;

    @Inject
    BackgroundJobs jobs;

    @Inject
    LocalMailbox mailbox;

    @Inject
    Clock clock;

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedExecutorService requestThreads;

    private Tenant newTenant(String name) {
        TenantId id = TenantId.newId();
        return registry.ensureExists(Tenant.active(id, new TenantSlug("it-" + id.value()), name,
                ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"), "owner-" + id.value() + "@it.becflow.test", clock));
    }

    private static SaveClient client(String name) {
        return new SaveClient(name, name.toLowerCase().replaceAll("[^a-z0-9]", "") + "@client.test", null, null, null,
                null, null, null, null, null, null, null, null, null, null);
    }

    private TenantContext enter(Tenant tenant) {
        return registry.enter(tenant.id(), new UserId("it"));
    }

    @Test
    void signUpProvisionsASchemaAnAccountAndASevenDayTrial() throws SQLException {
        String email = "signup-" + UUID.randomUUID() + "@it.becflow.test";
        Tenant tenant = registry.signUp(new SignUp("Ada Design Studio", "Ada", "Lovelace", email, "correct horse battery",
                "Europe/London", "GBP"));

        Tenant stored = registry.get(tenant.id());
        assertEquals(TenantStatus.TRIAL, stored.status());
        assertEquals(stored.createdAt().plus(Duration.ofDays(7)), stored.trialEndsAt());
        assertEquals(email, stored.ownerEmail());
        assertTrue(schemaExists(tenant.id().schemaName()), "schema of the new tenant");
        assertEquals(0, clients.search(firstPage(), enter(stored)).total());
        // The Keycloak account exists: a second sign-up with the same email is refused by Keycloak itself.
        assertThrows(EmailAlreadyRegistered.class, () -> registry.signUp(new SignUp("Other", "A", "B", email,
                "correct horse battery", "UTC", "EUR")));
    }

    @Test
    void afterItsTrialATenantCanReadButNotChangeUntilAnOperatorActivatesIt() {
        TenantId id = TenantId.newId();
        Tenant expired = registry.ensureExists(Tenant.startTrial(id, new TenantSlug("it-" + id.value()), "Expired Trial",
                ZoneId.of("UTC"), Currency.getInstance("EUR"), "owner-" + id.value() + "@it.becflow.test",
                Clock.offset(clock, Duration.ofDays(-8))));

        TenantContext readOnly = enter(expired);
        assertEquals(com.becflow.shared.tenant.TenantAccess.READ_ONLY, readOnly.access());
        assertEquals(0, clients.search(firstPage(), readOnly).total());
        assertThrows(com.becflow.shared.tenant.WorkspaceReadOnly.class, () -> clients.add(client("Refused"), readOnly));
        assertEquals(0, clients.search(firstPage(), readOnly).total());

        registry.activate(expired.id());
        TenantContext active = enter(expired);
        assertEquals(com.becflow.shared.tenant.TenantAccess.FULL, active.access());
        clients.add(client("Accepted"), active);
        assertEquals(1, clients.search(firstPage(), active).total());
    }

    @Test
    void aRefusedSignUpLeavesNoTenantAndNoSchemaBehind() throws SQLException {
        String email = "twice-" + UUID.randomUUID() + "@it.becflow.test";
        registry.signUp(new SignUp("First", "A", "B", email, "correct horse battery", "UTC", "EUR"));
        long tenantsBefore = registry.all().size();
        long schemasBefore = tenantSchemaCount();

        assertThrows(EmailAlreadyRegistered.class, () -> registry.signUp(new SignUp("Second", "A", "B", email,
                "correct horse battery", "UTC", "EUR")));

        assertEquals(tenantsBefore, registry.all().size());
        assertEquals(schemasBefore, tenantSchemaCount());
    }

    @Test
    void aTenantCannotReadChangeOrArchiveAnotherTenantsClient() throws SQLException {
        Tenant a = newTenant("Tenant A");
        Tenant b = newTenant("Tenant B");
        Client ofA = clients.add(client("Only A's client"), enter(a));

        assertThrows(ClientNotFound.class, () -> clients.get(ofA.id(), enter(b)));
        assertThrows(ClientNotFound.class, () -> clients.update(ofA.id(), client("Hijacked"), enter(b)));
        assertThrows(ClientNotFound.class, () -> clients.archive(ofA.id(), enter(b)));
        assertEquals(0, clients.search(firstPage(), enter(b)).total());

        assertEquals("Only A's client", clients.get(ofA.id(), enter(a)).name());
        assertFalse(clients.get(ofA.id(), enter(a)).archived());
        assertEquals(1, rowsWithId(a.id().schemaName(), ofA.id().value()));
        assertEquals(0, rowsWithId(b.id().schemaName(), ofA.id().value()));
    }

    @Test
    void interleavedRequestsOfTwoTenantsNeverReadTheOtherSchema() throws Exception {
        Tenant a = newTenant("Concurrent A");
        Tenant b = newTenant("Concurrent B");
        List<Client> ofA = new ArrayList<>();
        List<Client> ofB = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ofA.add(clients.add(client("A-" + i), enter(a)));
            ofB.add(clients.add(client("B-" + i), enter(b)));
        }
        AtomicInteger wrongReads = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            boolean tenantA = t % 2 == 0;
            Tenant tenant = tenantA ? a : b;
            String prefix = tenantA ? "A-" : "B-";
            List<Client> own = tenantA ? ofA : ofB;
            List<Client> other = tenantA ? ofB : ofA;
            work.add(() -> {
                for (int i = 0; i < 60; i++) {
                    TenantContext ctx = enter(tenant);
                    for (Client c : clients.search(firstPage(), ctx).items()) {
                        if (!c.name().startsWith(prefix)) {
                            wrongReads.incrementAndGet();
                        }
                    }
                    if (!clients.get(own.get(i % own.size()).id(), ctx).name().startsWith(prefix)) {
                        wrongReads.incrementAndGet();
                    }
                    try {
                        clients.get(other.get(i % other.size()).id(), ctx);
                        wrongReads.incrementAndGet();
                    } catch (ClientNotFound expected) {
                        // the other tenant's client does not exist here
                    }
                    if (i % 10 == 0) {
                        clients.add(client(prefix + "added-" + UUID.randomUUID()), ctx);
                    }
                    reads.addAndGet(3);
                }
                return null;
            });
        }
        for (Future<Void> done : requestThreads.invokeAll(work)) {
            done.get();
        }
        assertEquals(0, wrongReads.get(), "reads that saw the other tenant's data, out of " + reads.get());
        assertEquals(5 + 4 * 6, clients.search(firstPage(), enter(a)).total());
        assertEquals(5 + 4 * 6, clients.search(firstPage(), enter(b)).total());
    }

    @Test
    void aJobRunsInsideTheTenantItNames() throws Exception {
        Tenant a = newTenant("Digest A");
        Tenant b = newTenant("Digest B");
        clients.add(client("First of A"), enter(a));
        clients.add(client("Second of A"), enter(a));

        awaitState(jobs.enqueue(new SendWorkspaceDigest(a.id().toString())), StateName.SUCCEEDED);
        awaitState(jobs.enqueue(new SendWorkspaceDigest(b.id().toString())), StateName.SUCCEEDED);

        assertEquals(List.of("Becflow digest for Digest A: 2 active clients"), subjects(a.ownerEmail()));
        assertEquals(List.of("Becflow digest for Digest B: 0 active clients"), subjects(b.ownerEmail()));
    }

    @Test
    void aJobForAnUnknownSuspendedOrMissingTenantFailsAndTouchesNothing() throws Exception {
        Tenant suspended = newTenant("Suspended");
        registry.suspend(suspended.id());

        JobId unknown = jobs.enqueue(new SendWorkspaceDigest(TenantId.newId().toString()));
        JobId ofSuspended = jobs.enqueue(new SendWorkspaceDigest(suspended.id().toString()));
        JobId missing = jobs.enqueue(new SendWorkspaceDigest(""));
        JobId malformed = jobs.enqueue(new SendWorkspaceDigest("../public"));

        assertEquals(TenantNotServed.class.getName(), failureOf(unknown));
        assertEquals(TenantNotServed.class.getName(), failureOf(ofSuspended));
        assertEquals(JobWithoutTenant.class.getName(), failureOf(missing));
        assertEquals(JobWithoutTenant.class.getName(), failureOf(malformed));
        // Without a tenant a job can never succeed: it stays failed instead of being scheduled for a retry.
        awaitState(missing, StateName.FAILED);
        awaitState(malformed, StateName.FAILED);
        assertThrows(TenantNotServed.class, () -> enter(suspended));
        assertEquals(List.of(), subjects(suspended.ownerEmail()));
    }

    @Test
    void eachTransactionOfATenantReadsWhatIsInTheDatabaseNowNotWhatAnEarlierOneRead() throws Exception {
        Tenant tenant = newTenant("Fresh Reads");
        Client added = clients.add(client("Before"), enter(tenant));
        assertEquals("Before", clients.get(added.id(), enter(tenant)).name());
        assertThrows(ClientNotFound.class, () -> clients.get(new ClientId(UUID.randomUUID()), enter(tenant)));

        // As another server instance would: the row changes behind this one's back, between two transactions.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + tenant.id().schemaName() + ".client SET name = 'After' WHERE id = '"
                    + added.id().value() + "'");
        }

        assertEquals("After", clients.get(added.id(), enter(tenant)).name());
        assertEquals(List.of("After"), clients.search(firstPage(), enter(tenant)).items().stream().map(Client::name).toList());
    }

    @Test
    void suspendingATenantShutsItOutAtOnceAndAChangeMadeElsewhereWithinTheEntryCacheTime() throws Exception {
        Tenant tenant = newTenant("Entered Often");
        enter(tenant);

        registry.suspend(tenant.id());
        assertThrows(TenantNotServed.class, () -> enter(tenant));
        registry.activate(tenant.id());
        assertEquals(tenant.id(), enter(tenant).tenant());

        // As another server instance would: the row changes without this registry knowing.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE public.tenant SET status = 'SUSPENDED' WHERE id = '" + tenant.id() + "'");
        }
        long changed = System.nanoTime();
        while (true) {
            try {
                enter(tenant);
            } catch (TenantNotServed refused) {
                break;
            }
            assertTrue(System.nanoTime() - changed < TenantRegistry.ENTRY_ROW_KEPT_FOR.plusSeconds(2).toNanos(),
                    "a tenant suspended elsewhere is still entered after " + TenantRegistry.ENTRY_ROW_KEPT_FOR);
            Thread.sleep(100);
        }
    }

    private List<String> subjects(String address) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> subjects = List.of();
        while (System.nanoTime() < deadline) {
            subjects = mailbox.inbox(address).stream().map(LocalMailbox.ReceivedMail::subject).toList();
            if (!subjects.isEmpty()) {
                return subjects;
            }
            Thread.sleep(250);
        }
        return subjects;
    }

    private void awaitState(JobId id, StateName wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Job job = null;
        while (System.nanoTime() < deadline) {
            job = jobs.storage().getJobById(id);
            if (job.getState() == wanted) {
                return;
            }
            Thread.sleep(250);
        }
        String failures = job == null ? "" : job.getJobStates().stream()
                .filter(FailedState.class::isInstance).map(FailedState.class::cast)
                .map(f -> f.getExceptionType() + ": " + f.getExceptionMessage() + "\n" + f.getStackTrace())
                .findFirst().orElse("");
        throw new AssertionError("job " + id + " stayed " + (job == null ? "unknown" : job.getState()) + " " + failures);
    }

    /** The exception type of the job's first failure, once it has failed. */
    private String failureOf(JobId id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Job job = jobs.storage().getJobById(id);
            var failed = job.getJobStates().stream().filter(FailedState.class::isInstance)
                    .map(FailedState.class::cast).findFirst();
            if (failed.isPresent()) {
                return failed.get().getExceptionType();
            }
            Thread.sleep(250);
        }
        return "never failed";
    }

    private static ClientSearch firstPage() {
        return new ClientSearch(null, true, ClientSort.NAME, true, 0, 200);
    }

    private boolean schemaExists(String schema) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private long tenantSchemaCount() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT count(*) FROM information_schema.schemata WHERE schema_name LIKE 'tenant\\_%'");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long rowsWithId(String schema, UUID id) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM " + schema + ".client WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
