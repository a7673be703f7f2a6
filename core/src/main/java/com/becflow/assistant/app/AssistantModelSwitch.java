package com.becflow.assistant.app;

import com.becflow.assistant.AssistantSettings;
import com.becflow.assistant.AssistantSettingsStore;
import com.becflow.assistant.DraftingAssistants;
import com.becflow.shared.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The tenant's switch for the language model, and whether the operator configured one at all. */
@ApplicationScoped
@Transactional
public class AssistantModelSwitch {

    /** What the tenant chose and what the server offers. {@code model} is null when no model is configured. */
    public record State(boolean modelAllowed, String model) {
    }

    private final AssistantSettingsStore settings;
    private final DraftingAssistants assistants;
    private final Clock clock;

    @Inject
    public AssistantModelSwitch(AssistantSettingsStore settings, DraftingAssistants assistants, Clock clock) {
        this.settings = settings;
        this.assistants = assistants;
        this.clock = clock;
    }

    protected AssistantModelSwitch() {
        this(null, null, null);
    }

    public State state(TenantContext ctx) {
        return new State(settings.of(ctx.tenant()).modelAllowed(),
                assistants.model().map(m -> m.provenance().model()).orElse(null));
    }

    public State allowModel(boolean allowed, TenantContext ctx) {
        ctx.requireWritable();
        AssistantSettings row = settings.of(ctx.tenant());
        row.allowModel(allowed, clock.instant());
        return state(ctx);
    }

    /** True only when the tenant turned the model on and the operator configured one. */
    public boolean allowed(TenantContext ctx) {
        return assistants.model().isPresent() && settings.of(ctx.tenant()).modelAllowed();
    }
}
