package com.becflow.assistant;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

/** A request to the assistant with a field missing or wrong (no client, no on/off for the model). */
public class InvalidAssistantRequest extends DomainException {

    public InvalidAssistantRequest(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("assistant.request.invalid"), "Invalid fields: " + fieldErrors.keySet(), fieldErrors);
    }
}
