package com.becflow.api.openapi;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The schemas of the API's bodies, read off the Java types that JSON-B reads and writes: a record's components, a
 * class's public fields. What the types cannot say (that a {@code String} holds a UUID or an enum's name, a field is
 * read-only, a pattern) is said by MicroProfile's {@link org.eclipse.microprofile.openapi.annotations.media.Schema}
 * on the field; Bean Validation constraints become lengths and required fields.
 *
 * <p>Null values are left out of JSON (see {@code JsonbConfiguration}), so nothing is {@code nullable}: a field
 * without a value is absent. A schema only ever used in requests gets {@code additionalProperties: false}, because
 * unknown fields are refused; responses may grow new fields.
 */
final class Schemas {

    enum Use { REQUEST, RESPONSE }

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();
    private final Map<String, Class<?>> classes = new HashMap<>();
    private final Map<Class<?>, Set<Use>> uses = new HashMap<>();

    /** The schema of a value of this type, as a reference to a component for a structured type. */
    Schema of(Type type, Use use) {
        return of(type, null, use);
    }

    /** The schema of a value of this type, with what the annotated element (a field, a parameter) adds. */
    Schema of(Type type, AnnotatedElement source, Use use) {
        org.eclipse.microprofile.openapi.annotations.media.Schema annotation = source == null ? null
                : source.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        Schema schema;
        if (annotation != null && annotation.implementation() != Void.class) {
            schema = of(annotation.implementation(), null, use);
        } else {
            schema = plain(type, use);
        }
        if (annotation != null) {
            annotate(schema, annotation);
        }
        if (source != null) {
            constrain(schema, source);
        }
        return schema;
    }

    /** Every component made so far, with request-only ones closed to unknown fields. */
    Map<String, Schema> components() {
        Map<String, Schema> all = new TreeMap<>(components);
        for (Map.Entry<String, Schema> entry : all.entrySet()) {
            Set<Use> used = uses.getOrDefault(classes.get(entry.getKey()), Set.of());
            if (used.equals(EnumSet.of(Use.REQUEST))) {
                entry.getValue().additionalPropertiesBoolean(false);
            }
        }
        return all;
    }

    private Schema plain(Type type, Use use) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(args[0], use));
            }
            if (Map.class.isAssignableFrom(raw) && args[0] == String.class) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(of(args[1], use));
            }
            throw new IllegalStateException("No schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return string(null);
        }
        if (c == boolean.class || c == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (c == int.class || c == Integer.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (c == BigDecimal.class) {
            // JSON-B writes a BigDecimal as a JSON number with all its digits, and reads a number or a decimal string
            // exactly. Money in responses is never this: it is a Money object with a decimal string.
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER)
                    .description("An exact decimal (read as written, never through a binary float)");
        }
        if (c == UUID.class) {
            return string("uuid");
        }
        if (c == Instant.class || c == OffsetDateTime.class) {
            return string("date-time");
        }
        if (c == LocalDate.class) {
            return string("date");
        }
        if (c == byte[].class) {
            return string("byte");
        }
        if (c.isEnum()) {
            return string(null).enumeration(Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name())
                    .toList());
        }
        if (c.isArray()) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(c.getComponentType(), use));
        }
        if (c.isPrimitive() || c.getName().startsWith("java.") || c == Object.class) {
            throw new IllegalStateException("No schema for " + c.getName());
        }
        return OASFactory.createSchema().ref("#/components/schemas/" + component(c, use));
    }

    private static Schema string(String format) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return format == null ? schema : schema.format(format);
    }

    /** The component's name, made (with the components it refers to) on first use. */
    private String component(Class<?> c, Use use) {
        Set<Use> used = uses.computeIfAbsent(c, k -> EnumSet.noneOf(Use.class));
        boolean newUse = used.add(use);
        String known = names.get(c);
        if (known != null && !newUse) {
            return known;
        }
        String name = known != null ? known : nameOf(c);
        if (known == null) {
            Class<?> taken = classes.putIfAbsent(name, c);
            if (taken != null) {
                throw new IllegalStateException("Two types would both be the schema " + name + ": " + taken.getName()
                        + " and " + c.getName() + "; name one with @Schema(name = ...)");
            }
            names.put(c, name);
        }
        // Built again for a new use: the properties' own components learn that use too.
        components.put(name, object(c, use));
        return name;
    }

    /** ClientJson is "Client"; InvoiceJson.Totals is "InvoiceTotals"; @Schema(name) on the type wins. */
    static String nameOf(Class<?> c) {
        var annotation = c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        String name = stripJson(c.getSimpleName());
        Class<?> outer = c.getEnclosingClass();
        if (outer != null && outer.getSimpleName().endsWith("Json")) {
            name = nameOf(outer) + name;
        }
        return name;
    }

    private static String stripJson(String name) {
        return name.endsWith("Json") ? name.substring(0, name.length() - 4) : name;
    }

    private Schema object(Class<?> c, Use use) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        var annotation = c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (annotation != null && !annotation.description().isEmpty()) {
            schema.description(annotation.description());
        }
        Map<String, Schema> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Property p : properties(c)) {
            Schema property = of(p.type(), p.field(), use);
            properties.put(p.name(), property);
            if (isRequired(p, uses.getOrDefault(c, EnumSet.of(use)))) {
                required.add(p.name());
            }
        }
        schema.properties(properties);
        if (!required.isEmpty()) {
            schema.required(required);
        }
        return schema;
    }

    /**
     * Required: said so, or constrained so; and a primitive of a type only ever sent by the server, which always
     * writes it (a request may leave it out and get the default).
     */
    private static boolean isRequired(Property p, Set<Use> uses) {
        var annotation = p.field().getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (annotation != null && annotation.required()) {
            return true;
        }
        if (uses.equals(EnumSet.of(Use.RESPONSE)) && p.field().getType().isPrimitive()) {
            return true;
        }
        return p.field().isAnnotationPresent(NotNull.class) || p.field().isAnnotationPresent(NotBlank.class);
    }

    record Property(String name, Type type, Field field) {
    }

    /** What JSON-B reads and writes of a type: a record's components, or a class's public instance fields. */
    static List<Property> properties(Class<?> c) {
        List<Property> properties = new ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                properties.add(new Property(component.getName(), component.getGenericType(), field(c, component.getName())));
            }
            return properties;
        }
        for (Field field : c.getFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                properties.add(new Property(field.getName(), field.getGenericType(), field));
            }
        }
        if (properties.isEmpty()) {
            throw new IllegalStateException(c.getName() + " has no properties JSON-B would read or write");
        }
        return properties;
    }

    private static Field field(Class<?> c, String name) {
        try {
            return c.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void annotate(Schema schema, org.eclipse.microprofile.openapi.annotations.media.Schema a) {
        if (schema.getRef() != null) {
            // A reference takes no siblings in OpenAPI 3.0; what the field adds goes nowhere.
            if (!a.description().isEmpty() || !a.format().isEmpty() || a.readOnly()) {
                throw new IllegalStateException("@Schema on a field of a structured type may only say required");
            }
            return;
        }
        if (a.type() != SchemaType.DEFAULT) {
            schema.type(Schema.SchemaType.valueOf(a.type().name()));
            schema.format(null);
            schema.description(null);
        }
        if (!a.format().isEmpty()) {
            schema.format(a.format());
        }
        if (!a.description().isEmpty()) {
            schema.description(a.description());
        }
        if (a.enumeration().length > 0) {
            schema.enumeration(new ArrayList<>(List.of((Object[]) a.enumeration())));
        }
        if (!a.pattern().isEmpty()) {
            schema.pattern(a.pattern());
        }
        if (!a.minimum().isEmpty()) {
            schema.minimum(new BigDecimal(a.minimum()));
        }
        if (!a.maximum().isEmpty()) {
            schema.maximum(new BigDecimal(a.maximum()));
        }
        if (a.maxLength() != Integer.MAX_VALUE) {
            schema.maxLength(a.maxLength());
        }
        if (a.minLength() != 0) {
            schema.minLength(a.minLength());
        }
        if (a.readOnly()) {
            schema.readOnly(true);
        }
        if (a.writeOnly()) {
            schema.writeOnly(true);
        }
        if (!a.example().isEmpty()) {
            schema.example(a.example());
        }
    }

    private static void constrain(Schema schema, AnnotatedElement source) {
        if (schema.getRef() != null) {
            return;
        }
        Size size = source.getAnnotation(Size.class);
        if (size != null) {
            if (schema.getType() == Schema.SchemaType.ARRAY) {
                schema.maxItems(size.max());
            } else {
                schema.maxLength(size.max());
                if (size.min() > 0) {
                    schema.minLength(size.min());
                }
            }
        }
        if (source.isAnnotationPresent(NotBlank.class)) {
            schema.minLength(1);
            schema.pattern("\\S");
        }
        if (source.isAnnotationPresent(Email.class)) {
            schema.format("email");
        }
    }
}
