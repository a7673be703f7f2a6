package com.becflow.it;

import java.net.CookieHandler;
import java.net.HttpCookie;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser's cookie jar for servers on 127.0.0.1 over plain HTTP. Keycloak marks its cookies {@code Secure}, which
 * browsers still send to a loopback address but {@link java.net.CookieManager} never sends over http; this jar keeps
 * them by name and path, as one host.
 */
public final class LoopbackCookies extends CookieHandler {

    private final Map<String, HttpCookie> byNameAndPath = new ConcurrentHashMap<>();

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath();
        String cookies = byNameAndPath.values().stream()
                .filter(c -> !c.hasExpired() && path.startsWith(c.getPath() == null ? "/" : c.getPath()))
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return cookies.isEmpty() ? Map.of() : Map.of("Cookie", List.of(cookies));
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) {
        responseHeaders.forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                for (String value : values) {
                    for (HttpCookie cookie : HttpCookie.parse(value)) {
                        String key = cookie.getName() + "@" + (cookie.getPath() == null ? "/" : cookie.getPath());
                        if (cookie.getMaxAge() == 0) {
                            byNameAndPath.remove(key);
                        } else {
                            byNameAndPath.put(key, cookie);
                        }
                    }
                }
            }
        });
    }
}
