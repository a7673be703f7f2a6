package com.becflow.shared.mail;

/**
 * The mail server did not take a mail. Permanent means trying again cannot help (unknown recipient, malformed
 * address, content refused: a 5xx reply); otherwise it may work later (no connection, time-out, a 4xx reply).
 */
public class MailNotAccepted extends RuntimeException {

    private final boolean permanent;
    private final String reason;

    public MailNotAccepted(boolean permanent, String reason, Throwable cause) {
        super((permanent ? "Refused for good: " : "Not accepted for now: ") + reason, cause);
        this.permanent = permanent;
        this.reason = reason;
    }

    public boolean permanent() {
        return permanent;
    }

    /** What the server (or the connection) said, for people. */
    public String reason() {
        return reason;
    }
}
