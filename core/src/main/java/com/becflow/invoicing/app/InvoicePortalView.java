package com.becflow.invoicing.app;

import com.becflow.invoicing.Invoice;
import com.becflow.invoicing.InvoiceLedger;
import com.becflow.invoicing.InvoiceStatus;
import com.becflow.invoicing.Payment;
import com.becflow.shared.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * An invoice as its client sees it through a link: the document as issued, where its money stands, the
 * client's own payments (for receipts), and how it can be paid.
 *
 * @param smallestPayment what the client must pay at least now (the balance unless partial payments are allowed, or
 *                        less than it is disputed)
 * @param disputed        what the client's open disputes hold back of the balance
 * @param payOnline       whether the freelancer takes online payments and the invoice is open
 * @param paymentPending  an online payment was started and its outcome is not known yet: no new one until it is
 * @param earlyPayment    the signed contract's early-payment discount, while it is still on offer
 */
public record InvoicePortalView(Invoice invoice, InvoiceStatus status, String html, InvoiceLedger ledger,
                                List<Payment> payments, String freelancerName, String freelancerEmail,
                                String bankInstructions, Money smallestPayment, Money disputed, boolean payOnline,
                                boolean paymentPending, Optional<EarlyPaymentDiscounts.Offer> earlyPayment) {

    /**
     * What is asked for now, rounded: the balance less what the client's open disputes hold back; the whole balance
     * when nothing is disputed or the disputes hold back all of it (the client may still choose to pay).
     */
    public Money payableNow() {
        Money balance = ledger.balance().rounded();
        Money undisputed = balance.minus(disputed).rounded();
        return disputed.isPositive() && undisputed.isPositive() ? undisputed : balance;
    }

    /** Whether open disputes hold back all the invoice still owes. */
    public boolean whollyDisputed() {
        return disputed.isPositive() && !ledger.balance().minus(disputed).rounded().isPositive();
    }
}
