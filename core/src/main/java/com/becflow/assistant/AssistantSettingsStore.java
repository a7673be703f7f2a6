package com.becflow.assistant;

import com.becflow.shared.tenant.TenantId;

public interface AssistantSettingsStore {

    /** The tenant's one row; a schema migrated to V10 always has it. */
    AssistantSettings of(TenantId tenant);
}
