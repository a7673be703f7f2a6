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

    /** An amount moved on an invoice's ledger: in the invoice's currency, in whole minor units, above zero. */
    static void requireMovable(Money amount, Currency invoiceCurrency) {
        String currency = invoiceCurrency.getCurrencyCode();
        if (!amount.currency().getCurrencyCode().equals(currency)) {
            throw InvalidInvoice.of("amount", "This invoice is in " + currency + ", not " + amount.currency().getCurrencyCode());
        }
        amount.finerThanMinorUnit().ifPresent(problem -> {
            throw InvalidInvoice.of("amount", problem);
        });
        if (amount.amount().signum() <= 0) {
            throw InvalidInvoice.of("amount", "The amount must be above zero");
        }
    }

    /** Money returned with a credit note of the same amount: never more than was paid and kept. */
    void refund(Money amount) {
        if (amount.amount().compareTo(netPaid()) > 0) {
            throw InvalidInvoice.of("amount", "At most " + new Money(netPaid(), amount.currency()).rounded()
                    + " was paid and not yet returned");
        }
        refunded(amount.amount());
        credited(amount.amount());
    }

    void reverseChargeBack(BigDecimal amount) {
        if (amount.compareTo(chargedBack) > 0) {
            throw new InvoiceStateConflict("invoice.chargeback.reversal-exceeds", "More is reversed than was charged back");
        }
        chargedBack(amount.negate());
    }

    /** A payment taken back as never made: never more than was paid and kept. */
    void reversePaid(BigDecimal amount) {
        if (amount.compareTo(netPaid()) > 0) {
            throw new InvoiceStateConflict("invoice.payment.reversal-exceeds", "More is reversed than was paid and kept");
        }
        paid(amount.negate());
    }

    void waiveLateFee(BigDecimal amount) {
        if (amount.compareTo(netLateFees()) > 0) {
            throw new InvoiceStateConflict("invoice.late-fee.waiver-exceeds", "More is waived than the late fees charged");
        }
        lateFeeWaived(amount);
    }

    /** A discount for paying early, never more than the open balance of {@code total}. */
    void takeEarlyPaymentDiscount(Money discount, BigDecimal total) {
        Money balance = new Money(balance(total), discount.currency());
        if (discount.isMoreThan(balance)) {
            throw InvalidInvoice.of("amount", "The discount is more than the open balance of " + balance.rounded());
        }
        earlyPaymentDiscount(discount.amount());
    }

    /** A credit note's total taken off the open balance of {@code total}, never more than that balance. */
    void credit(Money amount, BigDecimal total) {
        Money balance = new Money(balance(total), amount.currency());
        if (amount.amount().compareTo(balance.amount()) > 0) {
            throw InvalidInvoice.of("lines", "The credit note is more than the open balance of " + balance.rounded()
                    + "; refund a payment to give money back");
        }
        credited(amount.amount());
    }

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
