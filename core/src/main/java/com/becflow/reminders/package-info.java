/**
 * Reminders: what a client is told, and when, about money still owed. A tenant's {@link
 * com.becflow.reminders.ReminderPolicy} (overridable per client and per invoice) names the steps, each timed from an
 * invoice's own due date; {@link com.becflow.reminders.ReminderSchedule} reads which step is next for one invoice at a
 * moment, in its client's zone and business hours, and never a step twice. Sending is idempotent per invoice and step.
 */
package com.becflow.reminders;
