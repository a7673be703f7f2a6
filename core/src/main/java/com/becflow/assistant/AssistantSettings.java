package com.becflow.assistant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A tenant's choice about the drafting assistant. Off by default: a brief (client names, fees) reaches a language
 * model only once the tenant turned the model on here AND the operator configured one. One row per tenant schema.
 */
@Entity
@Table(name = "assistant_settings")
public class AssistantSettings {

    public static final int ROW = 1;

    @Id
    private int id;

    @Column(name = "model_allowed", nullable = false)
    private boolean modelAllowed;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected AssistantSettings() {
    }

    public boolean modelAllowed() {
        return modelAllowed;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public void allowModel(boolean allowed, Instant now) {
        modelAllowed = allowed;
        updatedAt = now;
    }
}
