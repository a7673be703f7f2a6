package com.becflow.portal;

/** What a link opens; a link never opens anything else. */
public enum PortalPurpose {
    CONTRACT, INVOICE, FEEDBACK,
    /** Mailed on the client's request; opens once, within minutes, and is exchanged for a {@link #HOME} link. */
    SIGN_IN,
    /** The client's home with one freelancer, for a working day after signing in. */
    HOME
}
