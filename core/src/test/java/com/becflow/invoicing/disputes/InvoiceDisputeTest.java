package com.becflow.invoicing.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.money.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceDisputeTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    private static final InvoiceId INVOICE = InvoiceId.newId();
    private static final Money OPEN = Money.of("1190.00", "EUR");

    @Test
    void aDisputeIsOfALineOrOfTheWholeAndNeverMoreThanTheLineOrWhatIsStillOpen() {
        InvoiceDispute line = InvoiceDispute.raise(INVOICE, 2, Money.of("238.00", "EUR"), Money.of("238", "EUR"),
                "  Never delivered ", OPEN, NOW);
        assertThat(line.line()).contains(2);
        assertThat(line.reason()).isEqualTo("Never delivered");
        assertThat(line.open()).isTrue();

        assertRefused(() -> InvoiceDispute.raise(INVOICE, 2, Money.of("238.00", "EUR"), Money.of("238.01", "EUR"),
                "x", OPEN, NOW), "amount", "At most the line's total, EUR 238.00");
        assertRefused(() -> InvoiceDispute.raise(INVOICE, null, null, Money.of("1190.01", "EUR"), "x", OPEN, NOW),
                "amount", "At most what is still open");
        assertRefused(() -> InvoiceDispute.raise(INVOICE, null, null, Money.of("0", "EUR"), "x", OPEN, NOW),
                "amount", "above zero");
        assertRefused(() -> InvoiceDispute.raise(INVOICE, null, null, Money.of("10.005", "EUR"), "x", OPEN, NOW),
                "amount", "");
        assertRefused(() -> InvoiceDispute.raise(INVOICE, null, null, Money.of("10", "EUR"), " ", OPEN, NOW),
                "reason", "Say what is wrong");
    }

    @Test
    void itIsAnsweredOnceByACreditNoteOrARejectionWithAWordToTheClient() {
        InvoiceDispute credited = InvoiceDispute.raise(INVOICE, null, null, Money.of("100", "EUR"), "Too many hours",
                OPEN, NOW);
        InvoiceDispute rejected = InvoiceDispute.raise(INVOICE, null, null, Money.of("50", "EUR"), "Too many hours",
                OPEN, NOW);
        assertThat(InvoiceDispute.openAmount(List.of(credited, rejected), OPEN.currency()))
                .isEqualTo(Money.of("150.00", "EUR"));

        InvoiceId creditNote = InvoiceId.newId();
        credited.credit(creditNote, null, NOW.plusSeconds(60));
        assertRefused(() -> rejected.reject(" ", NOW), "answer", "Tell the client why");
        rejected.reject("All hours are in the timesheet", NOW.plusSeconds(60));

        assertThat(credited.status()).isEqualTo(DisputeStatus.CREDITED);
        assertThat(credited.creditNoteId()).contains(creditNote);
        assertThat(credited.answer()).isEmpty();
        assertThat(rejected.status()).isEqualTo(DisputeStatus.REJECTED);
        assertThat(rejected.answer()).contains("All hours are in the timesheet");
        assertThat(InvoiceDispute.openAmount(List.of(credited, rejected), OPEN.currency()).isPositive()).isFalse();
        assertThatThrownBy(() -> rejected.credit(creditNote, null, NOW)).isInstanceOfSatisfying(DisputeConflict.class,
                e -> assertThat(e.code().key()).isEqualTo("dispute.answered"));
    }

    @Test
    void whileDisputingTheClientMayPayTheUndisputedRestOnItsOwn() {
        Money none = Money.of("0", "EUR");
        assertThat(InvoiceDispute.leastPayable(OPEN, OPEN, Money.of("190", "EUR"))).as("in full only: the rest will do")
                .isEqualTo(Money.of("1000.00", "EUR"));
        assertThat(InvoiceDispute.leastPayable(Money.of("100.00", "EUR"), OPEN, Money.of("190", "EUR")))
                .as("a smaller partial minimum stays").isEqualTo(Money.of("100.00", "EUR"));
        assertThat(InvoiceDispute.leastPayable(OPEN, OPEN, none)).isEqualTo(OPEN);
        assertThat(InvoiceDispute.leastPayable(OPEN, OPEN, OPEN)).as("all of it disputed: paying stays possible")
                .isEqualTo(OPEN);
    }

    private static void assertRefused(Runnable action, String field, String message) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidDispute.class,
                e -> assertThat(e.fieldErrors()).containsKey(field).hasEntrySatisfying(field,
                        m -> assertThat(m).contains(message)));
    }
}
