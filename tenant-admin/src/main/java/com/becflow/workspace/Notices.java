package com.becflow.workspace;

import com.becflow.shared.error.DomainException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How the workspace pages tell people what happened. A domain refusal goes on the fields it names, and
 * whatever no field shows goes into a notification; anything unexpected is logged and reported, so no
 * exception reaches Vaadin's error page.
 */
public final class Notices {

    private static final Logger LOG = Logger.getLogger(Notices.class.getName());

    private Notices() {
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * A refusal whose errors went on fields ({@code placed} of them) or could not ({@code unplaced}, one line
     * each, named after the field they belong to): the marks may be out of sight in a long form.
     */
    public static void refused(int placed, Map<String, String> unplaced) {
        Div text = new Div();
        if (placed > 0) {
            text.add(new Div(placed == 1 ? "Check the marked field." : "Check the " + placed + " marked fields."));
        }
        unplaced.forEach((key, message) -> text.add(new Div(label(key) + ": " + message)));
        Notification n = new Notification(text);
        n.setDuration(6000);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.open();
    }

    /**
     * Runs one use case. On a refusal, {@code placeOnFields} marks what it can and returns the rest; a refusal
     * without field errors, the rest and anything unexpected become notifications. True when it went through.
     */
    public static boolean attempt(Runnable action, UnaryOperator<Map<String, String>> placeOnFields) {
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                error(e.getMessage());
            } else {
                Map<String, String> rest = placeOnFields.apply(e.fieldErrors());
                refused(e.fieldErrors().size() - rest.size(), rest);
            }
            return false;
        } catch (RuntimeException e) {
            unexpected(e);
            return false;
        }
    }

    public static boolean attempt(Runnable action) {
        return attempt(action, UnaryOperator.identity());
    }

    public static void unexpected(RuntimeException e) {
        LOG.log(Level.WARNING, "A workspace page action failed", e);
        error("That did not work, and nothing was changed. Try again; if it keeps failing, reload the page.");
    }

    /** {@code terms.lateFee.capPercent} reads "Late fee cap percent"; list positions count from 1. */
    public static String label(String key) {
        Matcher index = Pattern.compile("\\[(\\d+)]").matcher(key.replaceFirst("^terms\\.", ""));
        StringBuilder numbered = new StringBuilder();
        while (index.find()) {
            index.appendReplacement(numbered, " " + (Integer.parseInt(index.group(1)) + 1));
        }
        index.appendTail(numbered);
        String last = numbered.toString().replace('.', ' ');
        String spaced = last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).strip();
        return spaced.isEmpty() ? key : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
