package com.becflow.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PaymentRecordTest {

    @Test
    void aClientWithNothingPaidOrLateHasNoHistoryAndNoAverage() {
        PaymentRecord none = new PaymentRecord(0, 0, 0, 0, 0);

        assertThat(none.reliability()).isEqualTo(Reliability.NO_HISTORY);
        assertThat(none.averageDaysToPay()).isEmpty();
    }

    @Test
    void theAverageIsTheDaysFromIssueToPaymentOverThePaidInvoices() {
        assertThat(new PaymentRecord(3, 3, 40, 0, 0).averageDaysToPay()).contains(new BigDecimal("13.3"));
    }

    @Test
    void nineInTenOnTimeIsReliableAndAnInvoiceStillLateCountsAsPaidLate() {
        assertThat(new PaymentRecord(10, 9, 100, 0, 0).reliability()).isEqualTo(Reliability.PAYS_ON_TIME);
        assertThat(new PaymentRecord(9, 9, 100, 1, 5).reliability()).isEqualTo(Reliability.PAYS_ON_TIME);
        assertThat(new PaymentRecord(8, 8, 100, 2, 5).reliability()).isEqualTo(Reliability.MOSTLY_ON_TIME);
        assertThat(new PaymentRecord(10, 6, 100, 0, 0).reliability()).isEqualTo(Reliability.MOSTLY_ON_TIME);
        assertThat(new PaymentRecord(10, 5, 100, 0, 0).reliability()).isEqualTo(Reliability.OFTEN_LATE);
        assertThat(new PaymentRecord(0, 0, 0, 1, 3).reliability()).isEqualTo(Reliability.OFTEN_LATE);
    }

    @Test
    void anInvoiceLateBeyondThirtyDaysOutweighsAGoodHistory() {
        assertThat(new PaymentRecord(20, 20, 200, 1, Reliability.LONG_OVERDUE_DAYS).reliability())
                .isEqualTo(Reliability.PAYS_ON_TIME);
        assertThat(new PaymentRecord(20, 20, 200, 1, Reliability.LONG_OVERDUE_DAYS + 1).reliability())
                .isEqualTo(Reliability.LONG_OVERDUE);
    }
}
