package com.becflow.accounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The budget's rule, with time handed in: windows that slide, places in progress, the vendor's own wait. */
class BooksCallBudgetTest {

    private static final Instant NINE = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void xeroTakesSixtyCallsInAMinuteAndTheSixtyFirstWaitsUntilTheFirstIsAMinuteOld() {
        BooksCallBudget budget = new BooksCallBudget(BooksCallLimits.XERO);
        for (int i = 0; i < 60; i++) {
            assertThat(budget.tryStart(NINE.plusMillis(500L * i)).started()).isTrue();
            budget.finished();
        }

        BooksCallBudget.Verdict sixtyFirst = budget.tryStart(NINE.plusSeconds(30));

        assertThat(sixtyFirst.outcome()).isEqualTo(BooksCallBudget.Verdict.Outcome.WINDOW_FULL);
        assertThat(sixtyFirst.heldBy()).isEqualTo("60 calls a minute");
        assertThat(sixtyFirst.waitFor()).isEqualTo(Duration.ofSeconds(30));
        assertThat(budget.tryStart(NINE.plusSeconds(60)).started()).as("the first call has left the window").isTrue();
        assertThat(budget.tryStart(NINE.plusSeconds(60)).started()).as("the second is still in it").isFalse();
    }

    @Test
    void quickBooksTakesTenCallsInASecondAndFiveHundredInAMinute() {
        BooksCallBudget budget = new BooksCallBudget(BooksCallLimits.QUICKBOOKS);
        for (int i = 0; i < 10; i++) {
            assertThat(budget.tryStart(NINE).started()).isTrue();
            budget.finished();
        }
        BooksCallBudget.Verdict eleventh = budget.tryStart(NINE.plusMillis(999));
        assertThat(eleventh.heldBy()).isEqualTo("10 calls a second");
        assertThat(eleventh.waitFor()).isEqualTo(Duration.ofMillis(1));

        Instant at = NINE.plusSeconds(1);
        for (int i = 10; i < 500; i++, at = at.plusMillis(100)) {
            assertThat(budget.tryStart(at).started()).as("call " + (i + 1)).isTrue();
            budget.finished();
        }
        BooksCallBudget.Verdict five01 = budget.tryStart(at);
        assertThat(five01.heldBy()).isEqualTo("500 calls a minute");
        assertThat(five01.waitFor()).isEqualTo(Duration.between(at, NINE.plusSeconds(60)));
    }

    @Test
    void quickBooksTakesFortyBatchRequestsAMinuteAmongItsOtherCalls() {
        BooksCallBudget budget = new BooksCallBudget(BooksCallLimits.QUICKBOOKS);
        Instant at = NINE;
        for (int i = 0; i < 40; i++, at = at.plusMillis(200)) {
            assertThat(budget.tryStart(at, true).started()).as("batch " + (i + 1)).isTrue();
            budget.finished();
        }

        BooksCallBudget.Verdict batch41 = budget.tryStart(at, true);
        BooksCallBudget.Verdict single = budget.tryStart(at, false);

        assertThat(batch41.heldBy()).isEqualTo("40 batch calls a minute");
        assertThat(batch41.waitFor()).isEqualTo(Duration.between(at, NINE.plusSeconds(60)));
        assertThat(single.started()).as("a request that is not a batch still goes").isTrue();
    }

    @Test
    void callsInProgressHoldTheirPlacesUntilTheyEnd() {
        BooksCallBudget budget = new BooksCallBudget(BooksCallLimits.XERO);
        for (int i = 0; i < 5; i++) {
            assertThat(budget.tryStart(NINE).started()).isTrue();
        }

        BooksCallBudget.Verdict sixth = budget.tryStart(NINE.plusSeconds(5));
        budget.finished();

        assertThat(sixth.outcome()).isEqualTo(BooksCallBudget.Verdict.Outcome.ALL_PLACES_TAKEN);
        assertThat(sixth.waitFor()).isZero();
        assertThat(budget.tryStart(NINE.plusSeconds(5)).started()).isTrue();
        assertThat(budget.inProgress()).isEqualTo(5);
    }

    @Test
    void xeroStopsForTheDayAtFiveThousandAndResumesOnceTheFirstCallIsADayOld() {
        BooksCallBudget budget = new BooksCallBudget(BooksCallLimits.XERO);
        Instant at = NINE;
        for (int i = 0; i < 5_000; i++, at = at.plusSeconds(1)) {
            assertThat(budget.tryStart(at).started()).as("call " + (i + 1)).isTrue();
            budget.finished();
        }

        BooksCallBudget.Verdict spent = budget.tryStart(NINE.plus(Duration.ofHours(10)));

        assertThat(spent.heldBy()).isEqualTo("5000 calls a day");
        assertThat(spent.waitFor()).isEqualTo(Duration.ofHours(14));
        assertThat(budget.tryStart(NINE.plus(Duration.ofDays(1))).started()).isTrue();
    }

    @Test
    void afterTheVendorAsksToWaitNothingStartsUntilItsTime() {
        BooksCallBudget budget = new BooksCallBudget(BooksCallLimits.QUICKBOOKS);
        budget.quietUntil(NINE.plusSeconds(45));
        budget.quietUntil(NINE.plusSeconds(10));

        BooksCallBudget.Verdict early = budget.tryStart(NINE.plusSeconds(15));

        assertThat(early.outcome()).isEqualTo(BooksCallBudget.Verdict.Outcome.VENDOR_ASKED_TO_WAIT);
        assertThat(early.waitFor()).as("a shorter wait named later does not cut the longer one").isEqualTo(Duration.ofSeconds(30));
        assertThat(budget.tryStart(NINE.plusSeconds(45)).started()).isTrue();
    }

    @Test
    void aCallEndsOnlyOnce() {
        BooksCallBudget budget = new BooksCallBudget(BooksCallLimits.XERO);
        assertThatThrownBy(budget::finished).isInstanceOf(IllegalStateException.class);
    }
}
