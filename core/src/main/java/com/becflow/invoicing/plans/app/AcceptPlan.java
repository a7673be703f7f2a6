package com.becflow.invoicing.plans.app;

import com.becflow.invoicing.plans.PlanAcceptanceRefused;

/**
 * A client's acceptance as they send it: the SHA-256 of the terms they were shown (a plan's, or its preview's) and
 * their agreement to pay on its dates.
 */
public record AcceptPlan(String termsSha256, Boolean agreed) {

    /** The terms' hash once both are given; refuses an acceptance without consent or without terms first. */
    public String checked() {
        if (!Boolean.TRUE.equals(agreed)) {
            throw PlanAcceptanceRefused.withoutConsent();
        }
        if (termsSha256 == null || termsSha256.isBlank()) {
            throw PlanAcceptanceRefused.termsNotNamed();
        }
        return termsSha256.strip();
    }
}
