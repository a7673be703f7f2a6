/**
 * Recurring invoices: the same invoice issued and sent on its own on each day of a schedule (weekly, every two weeks,
 * monthly, quarterly, yearly, or named dates), from a start to an end date or a number of invoices.
 *
 * <p>A day's invoice is issued at {@link com.becflow.invoicing.recurring.RecurringInvoice#ISSUE_TIME} in the
 * workspace's time zone, so that its issue date is that day where the freelancer lives, whatever the season. Each day
 * is issued once however often the round runs: the day is kept with the invoice it produced, under a key. Paused days
 * are skipped, not caught up; days missed while the server was down are issued late, each once.
 */
package com.becflow.invoicing.recurring;
