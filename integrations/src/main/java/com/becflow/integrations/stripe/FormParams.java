package com.becflow.integrations.stripe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Request parameters as Stripe's SDKs send them: form-encoded with nested keys ({@code a[b][0][c]=v}), read
 * back into a tree where keys that are all indexes become lists. Values stay strings, as on the wire.
 *
 * <p>{@link #fingerprint()} is the sorted list of decoded pairs, which is what two requests must share to
 * count as "the same parameters" for an idempotency key.
 */
final class FormParams {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ObjectNode tree;
    private final String fingerprint;

    private FormParams(ObjectNode tree, String fingerprint) {
        this.tree = tree;
        this.fingerprint = fingerprint;
    }

    static FormParams parse(String encoded) {
        ObjectNode tree = JSON.objectNode();
        List<String> pairs = new ArrayList<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                pairs.add(key + "=" + value);
                put(tree, segments(key), value);
            }
        }
        pairs.sort(String::compareTo);
        return new FormParams((ObjectNode) listsFromIndexes(tree), String.join("&", pairs));
    }

    String fingerprint() {
        return fingerprint;
    }

    Optional<String> text(String... path) {
        JsonNode node = node(path);
        return node == null || !node.isTextual() ? Optional.empty() : Optional.of(node.asText());
    }

    String required(String... path) {
        return text(path).filter(v -> !v.isEmpty())
                .orElseThrow(() -> StripeApiError.missingParam(bracketed(path)));
    }

    Optional<Long> amount(String... path) {
        Optional<String> text = text(path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(text.get()));
        } catch (NumberFormatException notAnInteger) {
            throw StripeApiError.invalidParam(bracketed(path), "Invalid integer: " + text.get());
        }
    }

    JsonNode node(String... path) {
        JsonNode node = tree;
        for (String segment : path) {
            if (node != null && node.isArray() && segment.chars().allMatch(Character::isDigit)) {
                node = node.get(Integer.parseInt(segment));
            } else {
                node = node == null ? null : node.get(segment);
            }
        }
        return node;
    }

    List<String> texts(String... path) {
        JsonNode node = node(path);
        List<String> values = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    /** A string map (metadata), empty when absent. */
    ObjectNode map(String... path) {
        JsonNode node = node(path);
        ObjectNode map = JSON.objectNode();
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
        }
        return map;
    }

    private static String bracketed(String... path) {
        if (path.length == 1) {
            return path[0];
        }
        return path[0] + List.of(path).subList(1, path.length).stream().map(s -> "[" + s + "]")
                .collect(Collectors.joining());
    }

    private static List<String> segments(String key) {
        List<String> segments = new ArrayList<>();
        int open = key.indexOf('[');
        segments.add(open < 0 ? key : key.substring(0, open));
        while (open >= 0) {
            int close = key.indexOf(']', open);
            if (close < 0) {
                break;
            }
            segments.add(key.substring(open + 1, close));
            open = key.indexOf('[', close);
        }
        return segments;
    }

    private static void put(ObjectNode tree, List<String> segments, String value) {
        ObjectNode node = tree;
        for (int i = 0; i < segments.size() - 1; i++) {
            String segment = segments.get(i).isEmpty() ? String.valueOf(node.size()) : segments.get(i);
            node = node.get(segment) instanceof ObjectNode child ? child : node.putObject(segment);
        }
        String last = segments.get(segments.size() - 1);
        node.put(last.isEmpty() ? String.valueOf(node.size()) : last, value);
    }

    private static JsonNode listsFromIndexes(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            return node;
        }
        boolean allIndexes = object.size() > 0;
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            allIndexes &= names.next().chars().allMatch(Character::isDigit);
        }
        if (allIndexes) {
            ArrayNode list = JSON.arrayNode();
            object.properties().stream()
                    .sorted((a, b) -> Integer.compare(Integer.parseInt(a.getKey()), Integer.parseInt(b.getKey())))
                    .forEach(e -> list.add(listsFromIndexes(e.getValue())));
            return list;
        }
        ObjectNode copy = JSON.objectNode();
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            copy.set(field.getKey(), listsFromIndexes(field.getValue()));
        }
        return copy;
    }

    private static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
