package com.becflow.clients;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;
import java.util.Map;

public class InvalidClient extends DomainException {

    public InvalidClient(Map<String, String> fieldErrors) {
        super(ErrorCode.badRequest("client.invalid"), "The client has invalid fields: " + fieldErrors.keySet(), fieldErrors);
    }
}
