package com.becflow.invoicing;

import com.becflow.shared.money.Money;

/**
 * Where an invoice's money stands. Always: total + lateFees = (paid − refunded − chargedBack − movedToCredit) +
 * credited + writtenOff + earlyPaymentDiscount + balance, to the cent. An issued invoice's total never changes: late
 * fees the signed contract adds (less those waived) are charges on its ledger, and an early-payment discount the
 * client took is taken off it there. A refund of work comes with a credit note of the same amount (the work is
 * taken back along with the money), so it leaves the balance as it was; a lost chargeback does not, so the balance
 * reopens. A negative balance is money received beyond what is owed: the freelancer gives it back (a refund
 * without a credit note) or moves it to the client's credit.
 */
public record InvoiceLedger(Money total, Money lateFees, Money paid, Money refunded, Money chargedBack,
                            Money movedToCredit, Money credited, Money writtenOff, Money earlyPaymentDiscount,
                            Money balance) {

    /** What the client owes in all: the invoice's total and the late fees not waived. */
    public Money owed() {
        return total.plus(lateFees);
    }

    public Money netPaid() {
        return paid.minus(refunded).minus(chargedBack).minus(movedToCredit);
    }

    /** Money received beyond what is owed: the negative of a negative balance, else zero. */
    public Money excess() {
        return balance.isNegative() ? Money.zero(balance.currency()).minus(balance) : Money.zero(balance.currency());
    }

    /** No money was received or credited on it: what an invoice must be for it to be voided rather than credited. */
    public boolean untouched() {
        return !paid.isPositive() && !credited.isPositive();
    }

    public boolean addsUp() {
        return owed().isSameAs(netPaid().plus(credited).plus(writtenOff).plus(earlyPaymentDiscount).plus(balance));
    }
}
