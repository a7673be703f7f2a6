package com.becflow.accounting.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.becflow.accounting.BooksUnavailable;
import com.becflow.accounting.BooksVendor;
import com.becflow.accounting.LocalBooksCallLedger;
import com.becflow.shared.time.SteppingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Calls through the limiter on a clock that its waits move forward (nothing sleeps): what the vendor would count in
 * any window, wherever it starts.
 */
class BooksCallLimiterTest {

    private final SteppingClock clock = new SteppingClock(Instant.parse("2027-03-01T09:00:00Z"));
    private final List<Duration> waits = new ArrayList<>();
    private final LocalBooksCallLedger ledger = new LocalBooksCallLedger();
    private final BooksCallLimiter limiter = new BooksCallLimiter(clock, ledger, (monitor, wait) -> {
        waits.add(wait);
        clock.pass(wait);
    });
    private final List<Instant> starts = new ArrayList<>();

    @Test
    void xeroNeverSeesSixtyOneCallsInAnyMinute() {
        calls(BooksVendor.XERO, "org-1", 300);

        assertThat(mostInAnyWindow(Duration.ofMinutes(1))).isEqualTo(60);
        assertThat(Duration.between(starts.get(0), starts.get(299))).as("and no slower than that")
                .isLessThanOrEqualTo(Duration.ofMinutes(4));
        assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(BooksCallLimiter.LONGEST_WAIT_IN_PLACE));
    }

    @Test
    void quickBooksNeverSeesElevenCallsInAnySecondNorFiveHundredAndOneInAMinute() {
        calls(BooksVendor.QUICKBOOKS, "realm-1", 1_200);

        assertThat(mostInAnyWindow(Duration.ofSeconds(1))).isEqualTo(10);
        assertThat(mostInAnyWindow(Duration.ofMinutes(1))).isEqualTo(500);
    }

    @Test
    void quickBooksBatchRequestsNeverExceedFortyInAnyMinute() {
        List<Instant> batches = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            limiter.batch(BooksVendor.QUICKBOOKS, "realm-1", () -> batches.add(clock.instant()));
            limiter.call(BooksVendor.QUICKBOOKS, "realm-1", () -> starts.add(clock.instant()));
        }
        starts.addAll(batches);
        starts.sort(null);

        assertThat(mostInAnyWindow(batches, Duration.ofMinutes(1))).isEqualTo(40);
        assertThat(mostInAnyWindow(Duration.ofSeconds(1))).isLessThanOrEqualTo(10);
        assertThat(Duration.between(batches.get(0), batches.get(129))).as("and no slower than that")
                .isBetween(Duration.ofMinutes(3), Duration.ofMinutes(3).plusSeconds(5));
    }

    @Test
    void organisationsHaveABudgetEachAndWorkspacesSharingOneShareIt() {
        calls(BooksVendor.XERO, "org-1", 60);
        calls(BooksVendor.XERO, "org-2", 60);
        assertThat(waits).as("another organisation's calls do not count").isEmpty();

        calls(BooksVendor.XERO, "org-1", 1);
        assertThat(waits).hasSize(1);
    }

    @Test
    void xeroStopsTheDayAtFiveThousandCallsEndingThePassAndResumesOnceCallsAreFree() {
        calls(BooksVendor.XERO, "org-1", 5_000);
        Instant spentAt = clock.instant();

        BooksUnavailable stopped = catchThrowableOfType(BooksUnavailable.class,
                () -> limiter.call(BooksVendor.XERO, "org-1", () -> "one too many"));

        assertThat(stopped.getMessage()).isEqualTo("Xero takes at most 5000 calls a day for these books");
        assertThat(spentAt.plus(stopped.retryAfter())).isEqualTo(starts.get(0).plus(Duration.ofDays(1)));
        assertThat(mostInAnyWindow(Duration.ofDays(1))).isEqualTo(5_000);

        clock.pass(stopped.retryAfter());
        calls(BooksVendor.XERO, "org-1", 1);
        assertThat(starts).hasSize(5_001);
        assertThat(mostInAnyWindow(Duration.ofDays(1))).isEqualTo(5_000);
    }

    @Test
    void aVendorsWaitEndsThePassAndQuietsTheOrganisationUntilItIsOver() {
        BooksUnavailable asked = catchThrowableOfType(BooksUnavailable.class, () -> limiter.call(BooksVendor.QUICKBOOKS,
                "realm-1", () -> {
                    throw new BooksUnavailable("QuickBooks Online answered 429", Duration.ofSeconds(20));
                }));
        clock.pass(Duration.ofSeconds(5));

        BooksUnavailable early = catchThrowableOfType(BooksUnavailable.class,
                () -> limiter.call(BooksVendor.QUICKBOOKS, "realm-1", () -> "too early"));
        clock.pass(early.retryAfter());

        assertThat(asked.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        assertThat(early.retryAfter()).isEqualTo(Duration.ofSeconds(15));
        assertThat(limiter.call(BooksVendor.QUICKBOOKS, "realm-1", () -> "on time")).isEqualTo("on time");
    }

    @Test
    void theBudgetOfAnOrganisationNoLongerCalledIsDroppedOnceItsDayIsOver() {
        calls(BooksVendor.XERO, "org-1", 100);
        calls(BooksVendor.QUICKBOOKS, "realm-1", 10);
        assertThat(ledger.organisations()).isEqualTo(2);

        clock.pass(Duration.ofDays(1).minusSeconds(1));
        calls(BooksVendor.XERO, "org-2", 1);
        assertThat(ledger.organisations()).as("QuickBooks counts no day: realm-1 is dropped; org-1's last calls are"
                + " not a day old yet, and org-2 is new").isEqualTo(2);

        clock.pass(Duration.ofMinutes(2));
        calls(BooksVendor.XERO, "org-2", 1);
        assertThat(ledger.organisations()).as("only the organisation still called keeps a budget").isEqualTo(1);
        int waited = waits.size();
        calls(BooksVendor.XERO, "org-1", 60);
        assertThat(waits).as("a budget made anew starts with the minute free").hasSize(waited);
    }

    private void calls(BooksVendor vendor, String organisation, int count) {
        for (int i = 0; i < count; i++) {
            limiter.call(vendor, organisation, () -> starts.add(clock.instant()));
        }
    }

    private int mostInAnyWindow(Duration window) {
        return mostInAnyWindow(starts, window);
    }

    private static int mostInAnyWindow(List<Instant> starts, Duration window) {
        int most = 0;
        int first = 0;
        for (int last = 0; last < starts.size(); last++) {
            while (!starts.get(first).plus(window).isAfter(starts.get(last))) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
