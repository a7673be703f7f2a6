package com.becflow.db.tenant;

import com.becflow.assistant.AssistantSettings;
import com.becflow.assistant.AssistantSettingsStore;
import com.becflow.shared.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

@ApplicationScoped
public class JpaAssistantSettings implements AssistantSettingsStore {

    private final TenantEntityManagers managers;

    @Inject
    public JpaAssistantSettings(TenantEntityManagers managers) {
        this.managers = managers;
    }

    protected JpaAssistantSettings() {
        this(null);
    }

    @Override
    public AssistantSettings of(TenantId tenant) {
        return managers.of(tenant).find(AssistantSettings.class, AssistantSettings.ROW);
    }
}
