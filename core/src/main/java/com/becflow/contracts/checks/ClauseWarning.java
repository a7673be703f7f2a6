package com.becflow.contracts.checks;

/**
 * A warning on one clause: {@code field} is the path the contract's validation uses ({@code terms.lateFee}),
 * {@code code} tells the rule apart for API clients and translations, {@code message} says what and why, and
 * {@code source} names the law or reasoning behind it (null when the rule is Becflow's own).
 */
public record ClauseWarning(String field, String code, String message, String source) {
}
