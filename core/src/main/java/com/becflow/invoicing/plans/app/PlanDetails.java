package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.plans.AgreedTerms;
import com.becflow.invoicing.plans.Autopay;
import com.becflow.invoicing.plans.AutopayCharge;
import com.becflow.invoicing.plans.PlanAcceptance;
import com.becflow.invoicing.plans.PlanStatement;
import java.util.Optional;

/**
 * An invoice's plan as both sides see it: its installments as the ledger settles them, its terms as a client accepts
 * them (their hash), the evidence of the client's acceptance once there is one, where the invoice's autopay stands
 * once the client has set one up, and the bank debit autopay asked for that is on its way, if one is.
 */
public record PlanDetails(PlanStatement statement, AgreedTerms terms, Optional<PlanAcceptance> acceptance,
                          Optional<Autopay> autopay, Optional<AutopayCharge> debitOnItsWay) {

    public PlanDetails(PlanStatement statement, AgreedTerms terms, Optional<PlanAcceptance> acceptance) {
        this(statement, terms, acceptance, Optional.empty(), Optional.empty());
    }

    public PlanDetails(PlanStatement statement, AgreedTerms terms, Optional<PlanAcceptance> acceptance,
                       Optional<Autopay> autopay) {
        this(statement, terms, acceptance, autopay, Optional.empty());
    }
}
