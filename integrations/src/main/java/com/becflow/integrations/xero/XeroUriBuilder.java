package com.becflow.integrations.xero;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.core.UriBuilder;

/**
 * The part of JAX-RS 2's {@link UriBuilder} that xero-java's generated clients call ({@code fromUri}, {@code
 * queryParam}, {@code build}, {@code buildFromMap}), so that the SDK runs without Jersey 2, whose packages clash with
 * Payara's Jersey 3. Everything else is refused loudly rather than answered wrongly.
 */
final class XeroUriBuilder extends UriBuilder {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    private String template = "";
    private final List<String> query = new ArrayList<>();

    @Override
    public UriBuilder clone() {
        XeroUriBuilder copy = new XeroUriBuilder();
        copy.template = template;
        copy.query.addAll(query);
        return copy;
    }

    @Override
    public UriBuilder uri(String uriTemplate) {
        template = uriTemplate;
        return this;
    }

    @Override
    public UriBuilder uri(URI uri) {
        return uri(uri.toString());
    }

    @Override
    public UriBuilder queryParam(String name, Object... values) {
        for (Object value : values) {
            query.add(encode(name) + "=" + encode(String.valueOf(value)));
        }
        return this;
    }

    @Override
    public URI build(Object... values) {
        return buildFromMap(Map.of());
    }

    @Override
    public URI buildFromMap(Map<String, ?> values) {
        Matcher matcher = TEMPLATE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + matcher.group(1) + "} in " + template);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(encode(String.valueOf(value)).replace("+", "%20")));
        }
        matcher.appendTail(path);
        return URI.create(query.isEmpty() ? path.toString() : path + (path.indexOf("?") < 0 ? "?" : "&")
                + String.join("&", query));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("xero-java was not seen to call this; see XeroUriBuilder");
    }

    @Override public UriBuilder scheme(String scheme) { throw unused(); }
    @Override public UriBuilder schemeSpecificPart(String ssp) { throw unused(); }
    @Override public UriBuilder userInfo(String ui) { throw unused(); }
    @Override public UriBuilder host(String host) { throw unused(); }
    @Override public UriBuilder port(int port) { throw unused(); }
    @Override public UriBuilder replacePath(String path) { throw unused(); }
    @Override public UriBuilder path(String path) { throw unused(); }
    @Override public UriBuilder path(Class resource) { throw unused(); }
    @Override public UriBuilder path(Class resource, String method) { throw unused(); }
    @Override public UriBuilder path(Method method) { throw unused(); }
    @Override public UriBuilder segment(String... segments) { throw unused(); }
    @Override public UriBuilder replaceMatrix(String matrix) { throw unused(); }
    @Override public UriBuilder matrixParam(String name, Object... values) { throw unused(); }
    @Override public UriBuilder replaceMatrixParam(String name, Object... values) { throw unused(); }
    @Override public UriBuilder replaceQuery(String query) { throw unused(); }
    @Override public UriBuilder replaceQueryParam(String name, Object... values) { throw unused(); }
    @Override public UriBuilder fragment(String fragment) { throw unused(); }
    @Override public UriBuilder resolveTemplate(String name, Object value) { throw unused(); }
    @Override public UriBuilder resolveTemplate(String name, Object value, boolean encodeSlashInPath) { throw unused(); }
    @Override public UriBuilder resolveTemplateFromEncoded(String name, Object value) { throw unused(); }
    @Override public UriBuilder resolveTemplates(Map<String, Object> templateValues) { throw unused(); }
    @Override public UriBuilder resolveTemplates(Map<String, Object> templateValues, boolean encodeSlashInPath) { throw unused(); }
    @Override public UriBuilder resolveTemplatesFromEncoded(Map<String, Object> templateValues) { throw unused(); }
    @Override public URI buildFromMap(Map<String, ?> values, boolean encodeSlashInPath) { throw unused(); }
    @Override public URI buildFromEncodedMap(Map<String, ?> values) { throw unused(); }
    @Override public URI build(Object[] values, boolean encodeSlashInPath) { throw unused(); }
    @Override public URI buildFromEncoded(Object... values) { throw unused(); }
    @Override public String toTemplate() { throw unused(); }
}
