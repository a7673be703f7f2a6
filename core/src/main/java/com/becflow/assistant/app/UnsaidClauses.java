package com.becflow.assistant.app;

import com.becflow.assistant.ContractProposal;
import com.becflow.assistant.Reason;
import com.becflow.assistant.TemplateChoice;
import com.becflow.contracts.ContractTerms;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A language model explains what it read from the brief, not what it left alone. So that a model's draft, like the
 * offline one, marks every clause the brief did not speak to as the template's default, each clause still holding
 * the template's value and carrying no reason gets one saying so.
 */
final class UnsaidClauses {

    private record Clause(String field, String name, Function<ContractTerms, Object> value) {
    }

    private static final List<Clause> CLAUSES = List.of(
            new Clause("terms.payment.netDays", "payment terms", t -> t.payment() == null ? null : t.payment().netDays()),
            new Clause("terms.deposit", "deposit", ContractTerms::deposit),
            new Clause("terms.cancellation.tiers", "cancellation tiers", ContractTerms::cancellation),
            new Clause("terms.lateFee", "late fee", ContractTerms::lateFee),
            new Clause("terms.earlyPaymentDiscount", "early-payment discount", ContractTerms::earlyPaymentDiscount),
            new Clause("terms.ipTransfer.moment", "rights transfer", ContractTerms::ipTransfer),
            new Clause("terms.scope.revisionRounds", "revision rounds",
                    t -> t.scope() == null ? null : t.scope().revisionRounds()),
            new Clause("terms.scope.changeRequestHourlyRate", "change rate",
                    t -> t.scope() == null ? null : t.scope().changeRequestHourlyRate()));

    private UnsaidClauses() {
    }

    static ContractProposal explained(ContractProposal proposal, TemplateChoice template) {
        ContractTerms drafted = proposal.contract().terms();
        ContractTerms original = template.content().terms();
        if (drafted == null || original == null) {
            return proposal;
        }
        List<Reason> reasons = new ArrayList<>(proposal.reasons());
        for (Clause clause : CLAUSES) {
            Object value = clause.value().apply(original);
            boolean explained = reasons.stream().anyMatch(r -> r.field().startsWith(clause.field())
                    || clause.field().startsWith(r.field() + "."));
            if (!explained && value != null && Objects.equals(value, clause.value().apply(drafted))) {
                reasons.add(Reason.templateDefault(clause.field(), "the template's " + clause.name()
                        + ": the brief does not say"));
            }
        }
        return new ContractProposal(proposal.templateId(), proposal.contract(), List.copyOf(reasons),
                proposal.provenance());
    }
}
