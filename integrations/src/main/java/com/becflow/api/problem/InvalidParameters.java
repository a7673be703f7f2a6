package com.becflow.api.problem;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** Query or path parameters the API cannot use, each with its reason. */
public class InvalidParameters extends DomainException {

    public InvalidParameters(Map<String, String> errors) {
        super(ErrorCode.badRequest("invalid-parameters"), "Some parameters are invalid", errors);
    }

    /** A whole number parameter within bounds; a bad one is noted in {@code errors} and {@code min} returned. */
    public static int wholeNumber(String value, int min, int max, String name, Map<String, String> errors) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(name, "Use a whole number from " + min + " to " + max);
        return min;
    }
}
