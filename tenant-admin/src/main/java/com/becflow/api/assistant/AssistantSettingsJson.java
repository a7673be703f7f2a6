package com.becflow.api.assistant;

import com.becflow.assistant.app.AssistantModelSwitch;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether this workspace lets the assistant send briefs to the server's language model. */
public class AssistantSettingsJson {

    @Schema(required = true, description = "Off by default; while off, every draft is made offline on this server")
    public Boolean modelAllowed;
    @Schema(readOnly = true, description = "The language model the operator configured; absent when none is")
    public String model;

    static AssistantSettingsJson from(AssistantModelSwitch.State state) {
        AssistantSettingsJson json = new AssistantSettingsJson();
        json.modelAllowed = state.modelAllowed();
        json.model = state.model();
        return json;
    }
}
