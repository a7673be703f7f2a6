package com.becflow.api.openapi;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Takes out what Payara adds to the document after {@link ApiDocument} built it: a top-level {@code endpoints}
 * map of its own, which is no part of OpenAPI (validators refuse the document for it). An empty map is not written.
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            Method setEndpoints = openAPI.getClass().getMethod("setEndpoints", Map.class);
            setEndpoints.invoke(openAPI, new TreeMap<>());
        } catch (NoSuchMethodException e) {
            // Another implementation, without Payara's addition: nothing to take out.
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not take Payara's endpoints out of the OpenAPI document", e);
        }
    }
}
