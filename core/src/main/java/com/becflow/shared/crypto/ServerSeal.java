package com.becflow.shared.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's one sealing key, from {@code BECFLOW_SECRET_KEY} (base64 of 32 bytes). There is no default: a
 * server without a key must not start, and one with a different key cannot read what the others sealed. The
 * launcher makes a key once for the embedded mode and keeps it in the data directory.
 */
@ApplicationScoped
public class ServerSeal {

    public static final String SETTING = "BECFLOW_SECRET_KEY";

    @Produces
    @Singleton
    SecretSeal seal(@ConfigProperty(name = SETTING) Optional<String> key) {
        String value = key.filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalStateException(SETTING
                + " is not set: give every server the same base64 of 32 random bytes (e.g. openssl rand -base64 32)"));
        try {
            return SecretSeal.fromBase64(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " is not usable: " + e.getMessage(), e);
        }
    }
}
