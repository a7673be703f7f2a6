package com.becflow.invoicing.plans;

/**
 * One rule a plan breaks: a stable code for programs ({@code plan.installment.below-minimum}), the input field it is
 * about ({@code installments[2].amount}), and a sentence for people.
 */
public record PlanViolation(String code, String field, String message) {
}
