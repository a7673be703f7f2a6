package com.becflow.api.contracts;

import com.becflow.contracts.ContractTemplate;
import com.becflow.contracts.ContractTerms;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContractTemplate")
public record TemplateJson(@Schema(implementation = UUID.class, required = true) String id, String name, String category, String body, ContractTerms terms,
                           boolean countersignRequired, boolean archived, Instant createdAt, Instant updatedAt) {

    static TemplateJson from(ContractTemplate t) {
        return new TemplateJson(t.id().toString(), t.name(), t.category(), t.body(), t.terms(), t.countersignRequired(),
                t.archived(), t.createdAt(), t.updatedAt());
    }
}
