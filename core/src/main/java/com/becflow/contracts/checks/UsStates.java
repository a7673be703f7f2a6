package com.becflow.contracts.checks;

import java.util.Locale;
import java.util.Map;

/** The states the late-fee table knows, by code and by name, so "New York", "ny" and "NY" all read as NY. */
final class UsStates {

    private static final Map<String, String> BY_NAME = Map.of(
            "NEW YORK", "NY", "TEXAS", "TX", "FLORIDA", "FL", "CALIFORNIA", "CA");

    private UsStates() {
    }

    static String code(String region) {
        String upper = region.toUpperCase(Locale.ROOT);
        return BY_NAME.getOrDefault(upper, upper);
    }
}
