/**
 * The freelancer's reminder pages: the workspace's policy ({@code reminders}), its steps, the repetition after them,
 * the business hours, and a preview of each step as typed. An invoice's own reminders are on its page
 * ({@code com.becflow.workspace.invoicing}). The use cases are {@code com.becflow.reminders.app}'s; every refusal is
 * shown on the input it names, or in a notification when no input does.
 */
package com.becflow.workspace.reminders;
