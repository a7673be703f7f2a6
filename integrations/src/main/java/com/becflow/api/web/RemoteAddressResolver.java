package com.becflow.api.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;

/** The connection's peer, trusting no header: right when clients reach the server directly. */
@ApplicationScoped
public class RemoteAddressResolver implements ClientAddressResolver {

    @Override
    public String clientAddress(HttpServletRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        return address == null || address.isBlank() ? "unknown" : address;
    }
}
