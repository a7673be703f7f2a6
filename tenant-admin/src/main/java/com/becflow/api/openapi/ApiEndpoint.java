package com.becflow.api.openapi;

import com.becflow.api.security.PublicEndpoint;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.models.PathItem;

/** One operation: a resource method with its HTTP method and path (relative to the server, {@code /api/v1}). */
record ApiEndpoint(Class<?> resource, Method method, PathItem.HttpMethod http, String path) {

    boolean isPublic() {
        return resource.isAnnotationPresent(PublicEndpoint.class);
    }

    boolean changes() {
        return http != PathItem.HttpMethod.GET;
    }

    /** Every resource method with an HTTP method, ordered by path and then GET, PUT, POST, DELETE. */
    static List<ApiEndpoint> all() {
        List<ApiEndpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : ApiDocument.RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                PathItem.HttpMethod http = httpMethod(method);
                if (http == null) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                endpoints.add(new ApiEndpoint(resource, method, http, join(base, sub == null ? "" : sub.value())));
            }
        }
        endpoints.sort(Comparator.comparing(ApiEndpoint::path).thenComparing(ApiEndpoint::http));
        return endpoints;
    }

    private static PathItem.HttpMethod httpMethod(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return PathItem.HttpMethod.GET;
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return PathItem.HttpMethod.PUT;
        }
        if (method.isAnnotationPresent(POST.class)) {
            return PathItem.HttpMethod.POST;
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return PathItem.HttpMethod.DELETE;
        }
        return null;
    }

    private static String join(String base, String sub) {
        String path = "/" + strip(base) + (strip(sub).isEmpty() ? "" : "/" + strip(sub));
        // A template may carry a regular expression ({id: [0-9]+}); the document names the parameter only.
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    private static String strip(String segment) {
        return segment.replaceAll("^/+|/+$", "");
    }

    String consumes() {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = resource.getAnnotation(Consumes.class);
        }
        return consumes == null ? MediaType.APPLICATION_JSON : consumes.value()[0];
    }

    String produces() {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getAnnotation(Produces.class);
        }
        return produces == null ? MediaType.APPLICATION_JSON : produces.value()[0];
    }
}
