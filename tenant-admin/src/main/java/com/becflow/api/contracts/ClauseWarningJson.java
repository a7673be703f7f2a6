package com.becflow.api.contracts;

import com.becflow.contracts.checks.ClauseWarning;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A rule a contract's clause may break: never blocks sending, the freelancer decides")
public record ClauseWarningJson(
        @Schema(description = "The clause's path, as in validation errors", example = "terms.lateFee.percentPerPeriod",
                required = true) String field,
        @Schema(description = "Which rule", example = "contract.check.late-fee-above-legal-maximum", required = true)
        String code,
        @Schema(required = true) String message,
        @Schema(description = "The law or reasoning behind the rule, when there is one") String source) {

    public static ClauseWarningJson from(ClauseWarning w) {
        return new ClauseWarningJson(w.field(), w.code(), w.message(), w.source());
    }
}
