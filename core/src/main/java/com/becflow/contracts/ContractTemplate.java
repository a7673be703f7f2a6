package com.becflow.contracts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A tenant's reusable contract: prose with merge fields plus structured clauses. Changing a template never
 * touches contracts already made from it; they keep their own copy.
 */
@Entity
@Table(name = "contract_template")
public class ContractTemplate {

    public static final int NAME_LENGTH = 120;
    public static final int CATEGORY_LENGTH = 60;
    public static final int BODY_LENGTH = 50_000;

    @Id
    private UUID id;

    @Column(nullable = false, length = NAME_LENGTH)
    private String name;

    @Column(nullable = false, length = CATEGORY_LENGTH)
    private String category;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private ContractTerms terms;

    @Column(name = "countersign_required", nullable = false)
    private boolean countersignRequired;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ContractTemplate() {
    }

    public static ContractTemplate create(ContractTemplateId id, TemplateContent content, Instant now) {
        ContractTemplate template = new ContractTemplate();
        template.id = id.value();
        template.createdAt = now;
        template.change(content, now);
        return template;
    }

    public void change(TemplateContent content, Instant now) {
        name = content.name();
        category = content.category();
        body = content.body();
        terms = content.terms();
        countersignRequired = content.countersignRequired();
        updatedAt = now;
    }

    public void archive(Instant now) {
        archived = true;
        updatedAt = now;
    }

    public TemplateContent content() {
        return new TemplateContent(name, category, body, terms, countersignRequired);
    }

    public ContractTemplateId id() { return new ContractTemplateId(id); }
    public String name() { return name; }
    public String category() { return category; }
    public String body() { return body; }
    public ContractTerms terms() { return terms; }
    public boolean countersignRequired() { return countersignRequired; }
    public boolean archived() { return archived; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContractTemplate other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
