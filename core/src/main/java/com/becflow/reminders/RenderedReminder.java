package com.becflow.reminders;

/** A reminder as the client receives it: every merge field filled in. */
public record RenderedReminder(String subject, String body) {
}
