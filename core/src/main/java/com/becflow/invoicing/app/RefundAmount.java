package com.becflow.invoicing.app;

import com.becflow.invoicing.InvalidInvoice;
import com.becflow.invoicing.InvoiceStateConflict;
import com.becflow.invoicing.Payment;
import com.becflow.invoicing.payments.RefundPurpose;
import com.becflow.shared.money.Money;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How much of a payment a refund gives back: as asked, or all that is left of it; never more than is left, and for an
 * overpayment never more than was received beyond what is owed.
 */
final class RefundAmount {

    static final int REASON_LENGTH = 500;

    private RefundAmount() {
    }

    static Money of(LockedInvoice locked, Payment original, RefundPayment command, RefundPurpose purpose, Ledger ledger) {
        if (command.reason() != null && command.reason().length() > REASON_LENGTH) {
            throw InvalidInvoice.of("reason", "At most " + REASON_LENGTH + " characters");
        }
        Money left = ledger.leftToRefund(locked, original);
        if (purpose == RefundPurpose.EXCESS) {
            Money excess = locked.invoice().excess();
            if (!excess.isPositive()) {
                throw new InvoiceStateConflict("invoice.excess.none", locked.invoice().describe()
                        + " was not paid more than it owes");
            }
            left = excess.isMoreThan(left) ? left : excess;
        }
        if (command.amount() == null) {
            if (!left.isPositive()) {
                throw InvalidInvoice.of("amount", "This payment was refunded in full already");
            }
            return left;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Money amount = TypedAmount.read(command.amount(), locked.invoice().currency(), "amount", errors);
        if (amount != null && amount.isMoreThan(left)) {
            errors.put("amount", "At most " + left.rounded() + " of this payment is left to refund");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInvoice(errors);
        }
        return amount;
    }
}
