package com.becflow.invoicing.plans;

import com.becflow.invoicing.InvoiceId;
import com.becflow.shared.documents.Sha256;
import com.becflow.shared.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A plan's terms in the one form a client's acceptance is hashed over: which invoice, its currency, each installment's
 * due date and amount in order, and whether they are charged automatically. One fact per line, no free text, amounts
 * with the currency's decimals whatever scale they were stored with, so the same terms always give the same text and
 * any change to a term gives another. The text is kept beside its SHA-256, so anyone can recompute it.
 */
public record AgreedTerms(String canonical, String sha256) {

    /** The form's name and version, the text's first line: a later form must not hash like this one. */
    public static final String FORM = "becflow-payment-plan-terms/1";

    public AgreedTerms {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(sha256, "sha256");
    }

    public static AgreedTerms of(InvoiceId invoice, PlanTerms terms) {
        StringBuilder text = new StringBuilder(FORM).append('\n');
        text.append("invoice=").append(invoice.value()).append('\n');
        text.append("currency=").append(terms.currency().getCurrencyCode()).append('\n');
        text.append("autopay=").append(terms.autopay()).append('\n');
        text.append("installments=").append(terms.count()).append('\n');
        for (ScheduledInstallment installment : terms.installments()) {
            text.append(installment.number()).append('=').append(installment.dueDate()).append(' ')
                    .append(amount(installment.amount())).append('\n');
        }
        String canonical = text.toString();
        return new AgreedTerms(canonical, Sha256.hex(canonical));
    }

    /** Whether {@code sha256} (as a client sent it back) names these terms. */
    public boolean matches(String sha256) {
        return sha256 != null && this.sha256.equalsIgnoreCase(sha256.strip());
    }

    /** 250.0000 from the database and 250 typed both read "250.00"; an amount finer than the currency keeps its digits. */
    private static String amount(Money money) {
        BigDecimal exact = money.amount().stripTrailingZeros();
        return exact.setScale(Math.max(Money.minorDigits(money.currency()), exact.scale())).toPlainString();
    }
}
