/**
 * Mail, and the outbox that mail to clients goes through. {@link com.becflow.shared.mail.Outbox#queue} records a
 * mail in the transaction of its cause (sealed, since bodies carry portal links); the workspace application's
 * {@link com.becflow.shared.mail.OutboxWorkers} send it after commit, from any server, under leases, and record
 * "sent" only once the mail server accepted it; {@link com.becflow.shared.mail.Outbox#deliveries} says where each
 * mail about a contract or invoice stands. A mail refused for good raises
 * {@link com.becflow.shared.mail.MailUndeliverable}, which the subject's context writes into its own history.
 * {@link com.becflow.shared.mail.Mailer} is the mail server itself: a port the SMTP adapter implements.
 */
package com.becflow.shared.mail;
