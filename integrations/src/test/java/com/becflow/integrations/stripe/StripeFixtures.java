package com.becflow.integrations.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Stripe's published example objects ({@code fixtures3.json} from Stripe's OpenAPI repository), the base of
 * every object the fake answers, so fields the fake does not model still look like Stripe's.
 *
 * <p>The file is read where it lies, never copied into the repository: from the system property
 * {@value #LOCATION_PROPERTY}, or else from {@code shared/vendor-specs/stripe/} in the first folder up from the
 * working directory that has it (the shared folder next to the checkout).
 */
final class StripeFixtures {

    static final String LOCATION_PROPERTY = "becflow.stripe.fixtures";
    private static final Path BESIDE_CHECKOUT = Path.of("shared", "vendor-specs", "stripe", "fixtures3.json");

    private final JsonNode resources;

    private StripeFixtures(JsonNode resources) {
        this.resources = resources;
    }

    static Optional<Path> locate() {
        String configured = System.getProperty(LOCATION_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(BESIDE_CHECKOUT);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static StripeFixtures load() {
        Path path = locate().orElseThrow(() -> new IllegalStateException(
                "Stripe's fixtures3.json was not found: set -D" + LOCATION_PROPERTY + "=/path/to/fixtures3.json "
                        + "or put it in shared/vendor-specs/stripe/ beside the checkout"));
        try {
            JsonNode resources = new ObjectMapper().readTree(path.toFile()).get("resources");
            if (resources == null || !resources.isObject()) {
                throw new IllegalStateException(path + " has no \"resources\"");
            }
            return new StripeFixtures(resources);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Stripe's fixtures at " + path, e);
        }
    }

    /** A fresh copy of Stripe's example of this object type (e.g. {@code checkout.session}). */
    ObjectNode example(String objectType) {
        JsonNode example = resources.get(objectType);
        if (!(example instanceof ObjectNode object)) {
            throw new IllegalStateException("Stripe's fixtures have no example of " + objectType);
        }
        return object.deepCopy();
    }
}
