package com.becflow.invoicing;

import com.becflow.shared.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The running sums of an invoice's ledger lines, kept on the invoice's row so its balance is read without summing
 * its lines. Only the {@link Invoice} changes them, after checking its rules; see {@link InvoiceLedger} for what
 * always adds up.
 */
@Embeddable
public class InvoiceAmounts {

    @Column(name = "amount_paid", nullable = false, precision = 19, scale = 4)
    private BigDecimal paid = BigDecimal.ZERO;

    @Column(name = "amount_refunded", nullable = false, precision = 19, scale = 4)
    private BigDecimal refunded = BigDecimal.ZERO;

    @Column(name = "amount_charged_back", nullable = false, precision = 19, scale = 4)
    private BigDecimal chargedBack = BigDecimal.ZERO;

    @Column(name = "amount_moved_to_credit", nullable = false, precision = 19, scale = 4)
    private BigDecimal movedToCredit = BigDecimal.ZERO;

    @Column(name = "amount_credited", nullable = false, precision = 19, scale = 4)
    private BigDecimal credited = BigDecimal.ZERO;

    @Column(name = "amount_written_off", nullable = false, precision = 19, scale = 4)
    private BigDecimal writtenOff = BigDecimal.ZERO;

    @Column(name = "amount_late_fees", nullable = false, precision = 19, scale = 4)
    private BigDecimal lateFees = BigDecimal.ZERO;

    @Column(name = "amount_late_fees_waived", nullable = false, precision = 19, scale = 4)
    private BigDecimal lateFeesWaived = BigDecimal.ZERO;

    @Column(name = "amount_early_payment_discount", nullable = false, precision = 19, scale = 4)
    private BigDecimal earlyPaymentDiscount = BigDecimal.ZERO;

    void lateFeeCharged(BigDecimal amount) {
        lateFees = lateFees.add(amount);
    }

    void lateFeeWaived(BigDecimal amount) {
        lateFeesWaived = lateFeesWaived.add(amount);
    }

    void earlyPaymentDiscount(BigDecimal amount) {
        earlyPaymentDiscount = earlyPaymentDiscount.add(amount);
    }

    /** Late fees charged and not waived. */
    BigDecimal netLateFees() {
        return lateFees.subtract(lateFeesWaived);
    }

    void paid(BigDecimal amount) {
        paid = paid.add(amount);
    }

    void refunded(BigDecimal amount) {
        refunded = refunded.add(amount);
    }

    void chargedBack(BigDecimal amount) {
        chargedBack = chargedBack.add(amount);
    }

    void movedToCredit(BigDecimal amount) {
        movedToCredit = movedToCredit.add(amount);
    }

    void credited(BigDecimal amount) {
        credited = credited.add(amount);
    }

    void writeOff(BigDecimal amount) {
        writtenOff = amount;
    }

    boolean anyPaid() {
        return paid.signum() != 0;
    }

    boolean anyCredited() {
        return credited.signum() != 0;
    }

    BigDecimal chargedBack() {
        return chargedBack;
    }

    /** Paid and kept: received, less what went back, was taken back or moved to the client's credit. */
    BigDecimal netPaid() {
        return paid.subtract(refunded).subtract(chargedBack).subtract(movedToCredit);
    }

    /** What is still owed of {@code total} and the late fees; negative if more was received than is owed. */
    BigDecimal balance(BigDecimal total) {
        return total.add(netLateFees()).subtract(netPaid()).subtract(credited).subtract(writtenOff)
                .subtract(earlyPaymentDiscount);
    }

    InvoiceLedger ledger(BigDecimal total, Currency c) {
        return new InvoiceLedger(new Money(total, c), new Money(netLateFees(), c), new Money(paid, c), new Money(refunded, c),
                new Money(chargedBack, c), new Money(movedToCredit, c), new Money(credited, c), new Money(writtenOff, c),
                new Money(earlyPaymentDiscount, c), new Money(balance(total), c));
    }
}
