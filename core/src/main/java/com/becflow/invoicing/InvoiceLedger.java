package com.becflow.invoicing;

import com.becflow.shared.money.Money;

/**
 * Where an invoice's money stands. Always: total = (paid − refunded − chargedBack) + credited + writtenOff +
 * balance, to the cent. A refund comes with a credit note of the same amount (the work is taken back along
 * with the money), so it leaves the balance as it was; a lost chargeback does not, so the balance reopens.
 * A negative balance is money the client is owed.
 */
public record InvoiceLedger(Money total, Money paid, Money refunded, Money chargedBack, Money credited,
                            Money writtenOff, Money balance) {

    public Money netPaid() {
        return paid.minus(refunded).minus(chargedBack);
    }

    public boolean addsUp() {
        return total.isSameAs(netPaid().plus(credited).plus(writtenOff).plus(balance));
    }
}
