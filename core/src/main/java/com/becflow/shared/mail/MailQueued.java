package com.becflow.shared.mail;

/** Fired when a mail is queued; observed after its transaction commits, to wake the workers of this server. */
public record MailQueued(MailId id) {
}
