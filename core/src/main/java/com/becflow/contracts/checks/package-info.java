/**
 * Checks that are rules, not guesses, run on every contract whether a person or the assistant drafted it: a late
 * fee above what the client's jurisdiction allows for business clients, a cancellation tier that keeps the whole
 * fee long before the work starts, a missing payment-terms or IP clause, a deposit above the fee. A check never
 * blocks saving or sending: it puts a {@link com.becflow.contracts.checks.ClauseWarning} on the clause, with why
 * and, for a legal limit, its source, and the freelancer decides.
 */
package com.becflow.contracts.checks;
