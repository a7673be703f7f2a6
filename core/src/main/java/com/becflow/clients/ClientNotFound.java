package com.becflow.clients;

import com.becflow.shared.error.DomainException;
import com.becflow.shared.error.ErrorCode;

public class ClientNotFound extends DomainException {

    public ClientNotFound(ClientId id) {
        super(ErrorCode.notFound("client.not-found"), "No client " + id);
    }
}
