package com.becflow.workspace.contracts;

import com.becflow.contracts.SignatureContext;
import com.becflow.integrations.web.ClientAddresses;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import jakarta.servlet.http.HttpServletRequest;

/** Where a countersignature click in the workspace came from, as the server sees it. */
final class WorkspaceSignatureContext {

    private WorkspaceSignatureContext() {
    }

    static SignatureContext ofCurrentRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        VaadinSession session = VaadinSession.getCurrent();
        WebBrowser browser = session == null ? null : session.getBrowser();
        String ip = request instanceof HttpServletRequest http ? ClientAddresses.of(http)
                : browser == null ? null : browser.getAddress();
        String agent = browser == null ? null : browser.getBrowserApplication();
        if ((agent == null || agent.isBlank()) && request != null) {
            agent = request.getHeader("User-Agent");
        }
        return new SignatureContext(ip, agent);
    }
}
