package com.becflow.assistant.app;

import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.Reason;
import com.becflow.assistant.TemplateChoice;
import com.becflow.contracts.ContractTerms;
import com.becflow.contracts.app.SaveContract;
import com.becflow.shared.money.InvoiceCurrency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a proposal against the contract rules and puts back the template's clause wherever a proposed clause
 * breaks one, saying so next to the field. Fields the brief did not give (a start date, say) are not rule breaks:
 * the freelancer fills them in when reviewing.
 */
final class ProposalRepair {

    private ProposalRepair() {
    }

    /** Every broken rule of the proposal's terms and amounts, keyed by field; empty when it is sound. */
    static Map<String, String> problems(ContractProposal proposal) {
        SaveContract c = proposal.contract();
        Map<String, String> errors = new LinkedHashMap<>();
        if (c.terms() == null) {
            errors.put("terms", "No terms");
            return errors;
        }
        errors.putAll(c.terms().problems(c.fee()));
        Currency currency = c.currency() == null ? null
                : InvoiceCurrency.parse(c.currency(), p -> errors.put("currency", p)).orElse(null);
        if (currency != null) {
            c.terms().problemsIn(currency).forEach(errors::putIfAbsent);
        }
        if (c.fee() != null && c.fee().signum() < 0) {
            errors.put("fee", "The fee cannot be negative");
        }
        if (c.startDate() != null && c.endDate() != null && c.endDate().isBefore(c.startDate())) {
            errors.put("endDate", "The end date is before the start date");
        }
        return errors;
    }

    static ContractProposal repaired(ContractProposal proposal, TemplateChoice template, String defaultCurrency) {
        Map<String, String> errors = problems(proposal);
        if (errors.isEmpty()) {
            return proposal;
        }
        SaveContract c = proposal.contract();
        ContractTerms terms = c.terms() == null ? template.content().terms() : c.terms();
        ContractTerms original = template.content().terms();
        List<Reason> reasons = new ArrayList<>(proposal.reasons());
        String currency = c.currency();
        BigDecimal fee = c.fee();
        java.time.LocalDate end = c.endDate();
        for (Map.Entry<String, String> error : errors.entrySet()) {
            String field = error.getKey();
            String clause = field.startsWith("terms.") ? field.split("[.\\[]")[1] : field;
            reasons.removeIf(r -> r.field().equals(field) || r.field().startsWith("terms." + clause));
            String because = "what was proposed broke a rule (" + error.getValue() + "); ";
            switch (clause) {
                case "payment" -> terms = new ContractTerms(original.payment(), terms.deposit(), terms.cancellation(),
                        terms.lateFee(), terms.earlyPaymentDiscount(), terms.ipTransfer(), terms.scope());
                case "deposit" -> terms = terms.withDeposit(original.deposit());
                case "cancellation" -> terms = terms.withCancellation(original.cancellation());
                case "lateFee" -> terms = terms.withLateFee(original.lateFee());
                case "earlyPaymentDiscount" -> terms = terms.withEarlyPaymentDiscount(null);
                case "ipTransfer" -> terms = terms.withIpTransfer(original.ipTransfer());
                case "scope" -> terms = terms.withScope(original.scope());
                case "currency" -> currency = defaultCurrency;
                case "fee" -> fee = null;
                case "endDate" -> end = null;
                default -> {
                }
            }
            reasons.add(Reason.templateDefault(field, because + (switch (clause) {
                case "earlyPaymentDiscount" -> "the discount is left out";
                case "currency" -> "the client's currency is used";
                case "fee", "endDate" -> "fill it in yourself";
                default -> "the template's clause is used";
            })));
        }
        // A rule the template's own clause breaks for this fee (a fixed deposit above it) leaves the clause out.
        ContractTerms checked = terms;
        if (checked.problems(fee).keySet().stream().anyMatch(k -> k.startsWith("terms.deposit"))) {
            checked = checked.withDeposit(null);
        }
        if (checked.problems(fee).keySet().stream().anyMatch(k -> k.startsWith("terms.earlyPaymentDiscount"))) {
            checked = checked.withEarlyPaymentDiscount(null);
        }
        SaveContract repaired = new SaveContract(c.title(), c.projectName(), c.startDate(), end, fee, currency, c.body(),
                checked, c.countersignRequired(), c.validityDays());
        return new ContractProposal(proposal.templateId(), repaired, List.copyOf(reasons), proposal.provenance());
    }
}
