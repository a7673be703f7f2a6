package com.becflow.it.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.it.LoopbackCookies;
import com.becflow.it.RunningServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript: keeps cookies (the workspace's and Keycloak's), follows no redirect by itself, and
 * signs in through Keycloak's login form. Enough to see what the server does with a workspace session.
 */
final class WorkspaceBrowser {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern SIGN_OUT_SECRET = Pattern.compile("name=\"signOutSecret\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            // A browser: HTTP/1.1 with a declared length, never an h2c upgrade.
            .version(HttpClient.Version.HTTP_1_1).cookieHandler(new LoopbackCookies())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final String base = RunningServer.baseUrl();

    /** Signs in through Keycloak's form; returns the address of the authorization request the workspace made. */
    URI signIn(String email, String password) {
        HttpResponse<String> start = get(base + "/sign-in");
        assertThat(start.statusCode()).isEqualTo(302);
        URI authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> login = get(authorize.toString());
        Matcher form = LOGIN_FORM.matcher(login.body());
        assertThat(form.find()).as(login.body()).isTrue();
        HttpResponse<String> submitted = post(form.group(1).replace("&amp;", "&"),
                "username=" + encode(email) + "&password=" + encode(password) + "&credentialId=");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        HttpResponse<String> callback = get(submitted.headers().firstValue("Location").orElseThrow());
        assertThat(callback.statusCode()).isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").orElseThrow()).doesNotContain("signin=");
        return authorize;
    }

    /** Whether the workspace still knows this browser's sign-in: only then does it offer to sign out. */
    boolean signedIn() {
        HttpResponse<String> page = get(base + "/sign-out");
        return page.statusCode() == 200 && SIGN_OUT_SECRET.matcher(page.body()).find();
    }

    String signOutSecret() {
        Matcher secret = SIGN_OUT_SECRET.matcher(get(base + "/sign-out").body());
        assertThat(secret.find()).isTrue();
        return secret.group(1);
    }

    HttpResponse<String> page(String path) {
        return get(base + path);
    }

    HttpResponse<String> postForm(String path, String form) {
        return post(base + path, form);
    }

    private HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET());
    }

    private HttpResponse<String> post(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
