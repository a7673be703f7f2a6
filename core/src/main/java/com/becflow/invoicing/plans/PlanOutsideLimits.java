package com.becflow.invoicing.plans;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan that breaks rules, with every rule it breaks: the problem's code is the first rule's, and each field names its
 * own rule's code after its message, so a client can mend them all at once. Nothing was stored.
 */
public class PlanOutsideLimits extends DomainException {

    private final List<PlanViolation> violations;

    public PlanOutsideLimits(List<PlanViolation> violations) {
        super(ErrorCode.badRequest(violations.get(0).code()), summary(violations), fields(violations));
        this.violations = List.copyOf(violations);
    }

    public static PlanOutsideLimits of(String code, String field, String message) {
        return new PlanOutsideLimits(List.of(new PlanViolation(code, field, message)));
    }

    public List<PlanViolation> violations() {
        return violations;
    }

    private static String summary(List<PlanViolation> violations) {
        return violations.size() == 1 ? violations.get(0).message()
                : "The plan breaks " + violations.size() + " rules: " + String.join(", ",
                violations.stream().map(PlanViolation::code).distinct().toList());
    }

    private static Map<String, String> fields(List<PlanViolation> violations) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (PlanViolation v : violations) {
            fields.merge(v.field(), v.message() + " (" + v.code() + ")", (a, b) -> a + "; " + b);
        }
        return fields;
    }
}
