package com.becflow.contracts.app;

import com.becflow.contracts.InvalidContract;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a signer gives: their consent to sign electronically and their full name, typed. */
public record SignContract(Boolean consent, String fullName) {

    public static final int NAME_LENGTH = 200;

    /** The typed name, trimmed, once both the consent and a real name are there; nothing is stored otherwise. */
    public String checked() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!Boolean.TRUE.equals(consent)) {
            errors.put("consent", "Tick the box to agree to sign electronically");
        }
        String name = fullName == null ? "" : fullName.strip().replaceAll("(?U)\\s+", " ");
        if (name.isEmpty()) {
            errors.put("fullName", "Type your full name to sign");
        } else if (name.length() > NAME_LENGTH) {
            errors.put("fullName", "At most " + NAME_LENGTH + " characters");
        } else if (name.codePoints().noneMatch(Character::isLetter)) {
            errors.put("fullName", "Type your name in letters");
        }
        if (!errors.isEmpty()) {
            throw new InvalidContract(errors);
        }
        return name;
    }
}
