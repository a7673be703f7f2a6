package com.becflow.portal;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the portal writes a day for the client to read: "12 March 2027", the month in words on every continent. */
final class PortalDays {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private PortalDays() {
    }
}
