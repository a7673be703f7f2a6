package com.becflow.portal;

import com.becflow.shared.error.DomainException;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Puts a refusal's field errors on the portal form's fields that carry those names. */
final class PortalFieldErrors {

    private PortalFieldErrors() {
    }

    static void clear(Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    static void show(DomainException refusal, Map<String, HasValidation> fields) {
        refusal.fieldErrors().forEach((field, message) -> {
            HasValidation target = fields.get(field);
            if (target != null) {
                target.setErrorMessage(message);
                target.setInvalid(true);
            }
        });
    }
}
