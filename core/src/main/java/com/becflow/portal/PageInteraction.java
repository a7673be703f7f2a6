package com.becflow.portal;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person does on a portal page that a mail scanner opening the link does not: the first of these records the
 * view. Only events the browser marks as the user's own count ({@code event.isTrusted}), never a script's.
 */
public enum PageInteraction {
    POINTER("pointerdown", "pointer press"),
    TOUCH("touchstart", "touch"),
    KEY("keydown", "key press"),
    WHEEL("wheel", "mouse wheel");

    private final String domEvent;
    private final String description;

    PageInteraction(String domEvent, String description) {
        this.domEvent = domEvent;
        this.description = description;
    }

    /** The browser event that shows it. */
    public String domEvent() {
        return domEvent;
    }

    /** How the evidence names it: "pointer press", "mouse wheel", … */
    public String description() {
        return description;
    }

    public static Optional<PageInteraction> ofDomEvent(String event) {
        return Arrays.stream(values()).filter(i -> i.domEvent.equals(event)).findFirst();
    }
}
