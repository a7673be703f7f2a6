package com.becflow.integrations.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Stripe's published example objects ({@code fixtures3.json} from Stripe's OpenAPI repository, MIT licence; the
 * copy and its notice are in this module's resources under {@value #RESOURCE}'s folder), the base of every
 * object the fake answers, so fields the fake does not model still look like Stripe's. Without the copy the fake
 * does not start.
 */
final class StripeFixtures {

    static final String RESOURCE = "/vendor/stripe/fixtures3.json";

    private final JsonNode resources;

    private StripeFixtures(JsonNode resources) {
        this.resources = resources;
    }

    static StripeFixtures load() {
        try (InputStream in = StripeFixtures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Stripe's fixtures are not on the class path at " + RESOURCE);
            }
            JsonNode resources = new ObjectMapper().readTree(in).get("resources");
            if (resources == null || !resources.isObject()) {
                throw new IllegalStateException(RESOURCE + " has no \"resources\"");
            }
            return new StripeFixtures(resources);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Stripe's fixtures at " + RESOURCE, e);
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
