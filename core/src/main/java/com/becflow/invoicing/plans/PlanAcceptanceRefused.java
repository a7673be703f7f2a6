package com.becflow.invoicing.plans;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A client's acceptance of a plan that cannot be taken, one code per reason; nothing was written. */
public class PlanAcceptanceRefused extends DomainException {

    private PlanAcceptanceRefused(ErrorCode code, String message, Map<String, String> fields) {
        super(code, message, fields);
    }

    /** The plan was accepted before: an acceptance is evidence, made once. */
    public static PlanAcceptanceRefused alreadyAccepted() {
        return new PlanAcceptanceRefused(ErrorCode.conflict("plan.acceptance.already-accepted"),
                "This payment plan was accepted already; its agreement stands as it was accepted", Map.of());
    }

    /** The terms the client saw (their hash) are not the plan's now: it changed after they looked at it. */
    public static PlanAcceptanceRefused termsChanged() {
        return new PlanAcceptanceRefused(ErrorCode.conflict("plan.acceptance.terms-changed"),
                "The plan's terms are not the ones you were shown; look at the plan again before accepting it",
                Map.of("termsSha256", "Not the SHA-256 of the plan's terms now"));
    }

    /** The acceptance names no terms: without them, nobody could tell what was accepted. */
    public static PlanAcceptanceRefused termsNotNamed() {
        return new PlanAcceptanceRefused(ErrorCode.badRequest("plan.acceptance.terms-not-named"),
                "Send the termsSha256 of the plan you were shown (from its preview or the plan itself)",
                Map.of("termsSha256", "Required: the SHA-256 of the terms you accept"));
    }

    public static PlanAcceptanceRefused withoutConsent() {
        return new PlanAcceptanceRefused(ErrorCode.badRequest("plan.acceptance.consent-missing"),
                "Agree to pay on the plan's dates to accept it", Map.of("agreed", "Required: true"));
    }
}
