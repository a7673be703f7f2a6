package com.becflow.workspace;

import com.vaadin.flow.component.HasValidation;
import java.util.Collection;
import java.util.Map;

/** Puts a domain's or Bean Validation's verdict on the field it belongs to. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static void clear(Collection<? extends HasValidation> fields) {
        fields.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    public static void show(Map<String, ? extends HasValidation> fields, String field, String message) {
        HasValidation target = fields.get(field);
        if (target != null) {
            target.setErrorMessage(message);
            target.setInvalid(true);
        }
    }
}
