package com.becflow.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;

/** Bean Validation failures on request bodies and parameters, reported per field by their JSON names. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException e) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.merge(fieldOf(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        return Problem.of(400, "validation", "Bad request", "Some fields are invalid", errors);
    }

    /** {@code create.body.billingAddress.city} becomes {@code billingAddress.city}: the path the caller sent. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        int index = 0;
        for (Path.Node node : path) {
            index++;
            if (index <= 2 && (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() == 0 ? "body" : field.toString();
    }
}
