package com.becflow.reminders;

import com.becflow.shared.error.ErrorCode;

/** The rules a reminder policy keeps, each with its own error code. */
public enum ReminderPolicyRule {
    FIELD_MISSING_OR_UNKNOWN("reminder-policy.field-invalid"),
    STEPS_OVERLAP("reminder-policy.steps-overlap"),
    OFFSET_OUT_OF_RANGE("reminder-policy.offset-out-of-range"),
    TOO_MANY_STEPS("reminder-policy.too-many-steps"),
    ENDLESS_WITHOUT_STEPS("reminder-policy.endless-without-steps"),
    ENDLESS_LIMIT_OUT_OF_RANGE("reminder-policy.endless-limit-out-of-range"),
    TEMPLATE_LENGTH("reminder-policy.template-length"),
    UNKNOWN_MERGE_FIELD("reminder-policy.unknown-merge-field"),
    PAY_LINK_MISSING("reminder-policy.pay-link-missing"),
    LANGUAGE_NOT_SUPPORTED("reminder-policy.language-not-supported"),
    TRANSLATION_WITHOUT_TEXT("reminder-policy.translation-without-text");

    private final String key;

    ReminderPolicyRule(String key) {
        this.key = key;
    }

    public ErrorCode code() {
        return ErrorCode.badRequest(key);
    }
}
