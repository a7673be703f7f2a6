package com.becflow.contracts;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a freelancer writes in a template, checked as a whole before anything is stored. */
public record TemplateContent(String name, String category, String body, ContractTerms terms,
                              boolean countersignRequired) {

    /** Every problem at once, keyed by field, so a form can mark them all. */
    public Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            errors.put("name", "Name the template");
        } else if (name.length() > ContractTemplate.NAME_LENGTH) {
            errors.put("name", "At most " + ContractTemplate.NAME_LENGTH + " characters");
        }
        if (category != null && category.length() > ContractTemplate.CATEGORY_LENGTH) {
            errors.put("category", "At most " + ContractTemplate.CATEGORY_LENGTH + " characters");
        }
        body(body).ifPresent(p -> errors.put("body", p));
        if (terms == null) {
            errors.put("terms.payment.netDays", "Say within how many days invoices are due (0 for on receipt)");
        } else {
            errors.putAll(terms.problems(null));
        }
        return errors;
    }

    static java.util.Optional<String> body(String body) {
        if (body == null || body.isBlank()) {
            return java.util.Optional.of("Write the contract's text");
        }
        if (body.length() > ContractTemplate.BODY_LENGTH) {
            return java.util.Optional.of("At most " + ContractTemplate.BODY_LENGTH + " characters");
        }
        return MergeFields.problem(body);
    }

    public TemplateContent normalized() {
        return new TemplateContent(name.strip(), category == null || category.isBlank() ? "General" : category.strip(),
                body.strip(), terms, countersignRequired);
    }
}
