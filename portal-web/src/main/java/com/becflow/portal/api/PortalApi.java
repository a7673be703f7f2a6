package com.becflow.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The portal's HTTP endpoints under /portal/api: a contract behind a link (read, sign, decline, download),
 * link renewal, and document verification. No account and no token: a link's secret is the only key.
 */
@ApplicationPath("api")
@ApplicationScoped
public class PortalApi extends Application {
}
