package com.becflow.portal;

import com.becflow.contracts.SignatureContext;
import com.becflow.integrations.web.ClientAddresses;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpServletRequest;

/** Where a portal request came from, as the server saw it: kept with a signature as evidence. */
final class PortalSignatureContext {

    private PortalSignatureContext() {
    }

    static SignatureContext ofCurrentRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request instanceof HttpServletRequest http ? ClientAddresses.of(http) : null;
        String agent = request == null ? null : request.getHeader("User-Agent");
        if (agent == null || agent.isBlank()) {
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null && session.getBrowser() != null) {
                agent = session.getBrowser().getBrowserApplication();
            }
        }
        return new SignatureContext(address, agent);
    }
}
