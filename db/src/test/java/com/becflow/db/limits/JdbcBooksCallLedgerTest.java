package com.becflow.db.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.becflow.accounting.BooksCallBudget;
import com.becflow.accounting.BooksCallLedger;
import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.app.BooksCallLimiter;
import com.becflow.db.embedded.EmbeddedDatabase;
import com.becflow.db.migration.DatabaseMigrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The calls to the books counted in PostgreSQL: two limiters over the same database play two servers syncing the same
 * organisation, and together never take more than the vendor's limit.
 */
class JdbcBooksCallLedgerTest {

    private static final Instant NINE = Instant.parse("2027-03-01T09:00:00Z");
    private static EmbeddedDatabase database;
    private static DataSource dataSource;

    @BeforeAll
    static void startDatabase() {
        database = EmbeddedDatabase.start(Path.of("target", "embedded-db-books-calls"), 0);
        dataSource = database.dataSource();
        new DatabaseMigrations(dataSource).migratePlatform();
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    /** Each test its own organisation: the database directory outlives a run. */
    private static String organisation() {
        return "org-" + UUID.randomUUID();
    }

    @Test
    void twoServersCallingOneOrganisationAtOnceTakeSixtyCallsAMinuteBetweenThemAndNeverSixAtOnce() throws Exception {
        String organisation = organisation();
        Clock clock = Clock.fixed(NINE, ZoneOffset.UTC);
        AtomicInteger inProgress = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger made = new AtomicInteger();
        // A window that is full would wait a minute: here it ends the attempt instead (the clock does not move).
        BooksCallLimiter.Waiting waitOrGiveUp = (monitor, wait) -> {
            if (wait.compareTo(Duration.ofSeconds(1)) > 0) {
                throw new InterruptedException("the minute is spent");
            }
            monitor.wait(Math.max(1, wait.toMillis()));
        };
        List<BooksCallLimiter> servers = List.of(
                new BooksCallLimiter(clock, new JdbcBooksCallLedger(dataSource), waitOrGiveUp),
                new BooksCallLimiter(clock, new JdbcBooksCallLedger(dataSource), waitOrGiveUp));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 160; i++) {
                BooksCallLimiter server = servers.get(i % 2);
                attempts.add(() -> {
                    try {
                        return server.call(BooksVendor.XERO, organisation, () -> {
                            mostAtOnce.accumulateAndGet(inProgress.incrementAndGet(), Math::max);
                            sleep(5);
                            made.incrementAndGet();
                            inProgress.decrementAndGet();
                            return true;
                        });
                    } catch (BooksUnavailable held) {
                        Thread.interrupted();
                        return false;
                    }
                });
            }
            List<Boolean> answered = new ArrayList<>();
            for (Future<Boolean> attempt : threads.invokeAll(attempts)) {
                answered.add(attempt.get());
            }
            assertThat(answered).filteredOn(Boolean::booleanValue).hasSize(60);
        } finally {
            threads.shutdown();
        }
        assertThat(made).as("each server alone would have made 60").hasValue(60);
        assertThat(mostAtOnce.get()).as("Xero's 5 calls in progress, counted across both").isBetween(1, 5);
        assertThat(count("SELECT count(*) FROM public.books_call WHERE organisation_id = '" + organisation
                + "' AND held_until IS NOT NULL")).as("every place given back").isZero();
    }

    @Test
    void aServerThatStopsMidCallHoldsItsPlaceOnlyUntilTheLeaseRunsOut() {
        String organisation = organisation();
        JdbcBooksCallLedger stopped = new JdbcBooksCallLedger(dataSource);
        for (int i = 0; i < 5; i++) {
            assertThat(stopped.tryStart(BooksVendor.XERO, organisation, false, NINE.plusSeconds(i)).started()).isTrue();
        }
        JdbcBooksCallLedger other = new JdbcBooksCallLedger(dataSource);

        BooksCallLedger.Start busy = other.tryStart(BooksVendor.XERO, organisation, false, NINE.plusSeconds(10));
        assertThat(busy.verdict().outcome()).isEqualTo(BooksCallBudget.Verdict.Outcome.ALL_PLACES_TAKEN);
        assertThat(other.tryStart(BooksVendor.XERO, organisation, false,
                NINE.plus(BooksCallLedger.LEASE).minusMillis(1)).started()).as("a second still in the lease").isFalse();
        BooksCallLedger.Start freed = other.tryStart(BooksVendor.XERO, organisation, false,
                NINE.plus(BooksCallLedger.LEASE));
        assertThat(freed.started()).as("the first lease has run out").isTrue();

        other.finished(BooksVendor.XERO, organisation, freed.ticket());
        assertThat(other.tryStart(BooksVendor.XERO, organisation, false, NINE.plus(BooksCallLedger.LEASE)).started())
                .as("a call finished gives its place back at once").isTrue();
    }

    @Test
    void quickBooksBatchRequestsAreFortyAMinuteAcrossServersAndTheWaitIsUntilTheFirstIsAMinuteOld() {
        String realm = organisation();
        List<JdbcBooksCallLedger> servers = List.of(new JdbcBooksCallLedger(dataSource),
                new JdbcBooksCallLedger(dataSource));
        Instant at = NINE;
        for (int i = 0; i < 40; i++, at = at.plusMillis(150)) {
            BooksCallLedger.Start start = servers.get(i % 2).tryStart(BooksVendor.QUICKBOOKS, realm, true, at);
            assertThat(start.started()).as("batch " + (i + 1)).isTrue();
            servers.get(i % 2).finished(BooksVendor.QUICKBOOKS, realm, start.ticket());
        }
        BooksCallLedger.Start forty1 = servers.get(0).tryStart(BooksVendor.QUICKBOOKS, realm, true, at);

        assertThat(forty1.verdict().heldBy()).isEqualTo("40 batch calls a minute");
        assertThat(forty1.verdict().waitFor()).isEqualTo(Duration.between(at, NINE.plusSeconds(60)));
        assertThat(servers.get(1).tryStart(BooksVendor.QUICKBOOKS, realm, false, at).started())
                .as("a call that is not a batch still goes").isTrue();
    }

    @Test
    void aVendorsWaitQuietsTheOrganisationOnEveryServer() {
        String organisation = organisation();
        Clock clock = Clock.fixed(NINE, ZoneOffset.UTC);
        BooksCallLimiter first = new BooksCallLimiter(clock, new JdbcBooksCallLedger(dataSource));
        BooksCallLimiter second = new BooksCallLimiter(clock, new JdbcBooksCallLedger(dataSource));
        catchThrowableOfType(BooksUnavailable.class, () -> first.call(BooksVendor.XERO, organisation, () -> {
            throw new BooksUnavailable("Xero answered 429", Duration.ofSeconds(40));
        }));

        BooksUnavailable early = catchThrowableOfType(BooksUnavailable.class,
                () -> second.call(BooksVendor.XERO, organisation, () -> "too early"));

        assertThat(early.retryAfter()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void callsADayOldAreForgottenAndSoAreOrganisationsNoLongerCalled() throws Exception {
        String organisation = organisation();
        JdbcBooksCallLedger ledger = new JdbcBooksCallLedger(dataSource);
        BooksCallLedger.Start done = ledger.tryStart(BooksVendor.XERO, organisation, false, NINE);
        ledger.finished(BooksVendor.XERO, organisation, done.ticket());
        ledger.tryStart(BooksVendor.XERO, organisation, false, NINE.plusSeconds(1));
        String rows = "SELECT count(*) FROM public.books_call WHERE organisation_id = '" + organisation + "'";
        String budget = "SELECT count(*) FROM public.books_call_budget WHERE organisation_id = '" + organisation + "'";

        ledger.forget(NINE.plus(Duration.ofDays(1)).minusMillis(1));
        assertThat(count(rows)).as("both still inside the day").isEqualTo(2);
        ledger.forget(NINE.plus(Duration.ofDays(1)));
        assertThat(count(rows)).as("the first is a day old").isEqualTo(1);
        ledger.forget(NINE.plus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(count(rows)).as("a call never finished goes once its lease and its day are over").isZero();
        assertThat(count(budget)).as("an organisation with no calls left is forgotten").isZero();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
