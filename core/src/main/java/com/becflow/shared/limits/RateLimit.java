package com.becflow.shared.limits;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code max} checks per {@code window} for one key (an address, a link, "all"). The window slides: a
 * check counts the hits of the current fixed window plus the share of the previous window that still lies within
 * one window of now, so a burst at a window's edge is not let through twice.
 *
 * @param name    what is counted, e.g. {@code signup.address}; the refusal's code is {@code rate.<name>}
 * @param refusal what a person is told when refused (one sentence; the wait is added)
 */
public record RateLimit(String name, int max, Duration window, String refusal) {

    private static final Pattern SETTING = Pattern.compile("\\s*(\\d{1,9})\\s*/\\s*(\\d{1,6})?\\s*([smhd])\\s*");

    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(refusal, "refusal");
        if (name.length() > 40 || !name.matches("[a-z][a-z0-9.-]*")) {
            throw new IllegalArgumentException("A limit's name is a short dotted word: " + name);
        }
        if (max < 1) {
            throw new IllegalArgumentException("A limit lets at least one through: " + name + " " + max);
        }
        if (window.compareTo(Duration.ofSeconds(1)) < 0 || window.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("A limit's window is from one second to 30 days: " + name + " " + window);
        }
    }

    /**
     * A limit from a setting such as {@code 5/1h}, {@code 120/10m}, {@code 20/d} or {@code 5/PT1H}: how many, then per
     * how long (seconds, minutes, hours, days, or an ISO-8601 duration).
     *
     * @throws IllegalArgumentException naming the setting, when it reads otherwise
     */
    public static RateLimit parse(String name, String setting, String settingName, String refusal) {
        String text = setting == null ? "" : setting.trim();
        Matcher m = SETTING.matcher(text);
        try {
            if (m.matches()) {
                long amount = m.group(2) == null ? 1 : Long.parseLong(m.group(2));
                Duration unit = switch (m.group(3)) {
                    case "s" -> Duration.ofSeconds(1);
                    case "m" -> Duration.ofMinutes(1);
                    case "h" -> Duration.ofHours(1);
                    default -> Duration.ofDays(1);
                };
                return new RateLimit(name, Integer.parseInt(m.group(1)), unit.multipliedBy(amount), refusal);
            }
            int slash = text.indexOf('/');
            if (slash > 0) {
                return new RateLimit(name, Integer.parseInt(text.substring(0, slash).trim()),
                        Duration.parse(text.substring(slash + 1).trim()), refusal);
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(settingName + " reads \"" + setting + "\": " + e.getMessage()
                    + "; write how many per how long, e.g. 5/1h or 120/10m", e);
        }
        throw new IllegalArgumentException(settingName + " reads \"" + setting
                + "\"; write how many per how long, e.g. 5/1h or 120/10m");
    }

    /** The refusal's code, e.g. {@code rate.signup.address}. */
    public String code() {
        return "rate." + name;
    }

    /** "5 per hour", "120 per 10 minutes": for logs and documents. */
    public String describe() {
        long seconds = window.getSeconds();
        String per;
        if (seconds % 86_400 == 0) {
            per = unit(seconds / 86_400, "day");
        } else if (seconds % 3_600 == 0) {
            per = unit(seconds / 3_600, "hour");
        } else if (seconds % 60 == 0) {
            per = unit(seconds / 60, "minute");
        } else {
            per = unit(seconds, "second");
        }
        return max + " per " + per;
    }

    private static String unit(long n, String name) {
        return n == 1 ? name : n + " " + name + "s";
    }
}
