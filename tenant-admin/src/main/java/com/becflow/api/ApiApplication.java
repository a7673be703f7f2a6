package com.becflow.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API at {@code /api/v1}. Its OpenAPI document (at {@code /openapi}) is built from the resources by
 * {@link com.becflow.api.openapi.ApiDocument}.
 */
@ApplicationPath("api/v1")
@ApplicationScoped
public class ApiApplication extends Application {
}
