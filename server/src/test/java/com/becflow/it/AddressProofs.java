package com.becflow.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Proves a freelancer's address the way they would: by following the link Keycloak mailed them. */
public final class AddressProofs {

    public static final String SUBJECT = "Verify email";
    public static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");
    private static final Pattern PROCEED = Pattern.compile("href=\"([^\"]*login-actions/action-token[^\"]*)\"");

    private AddressProofs() {
    }

    /** The verify-email link in the newest such mail to the address. */
    public static String link(String address) {
        return MailedLinks.text(MailedLinks.awaitMail(address, SUBJECT, Duration.ofSeconds(20)), LINK);
    }

    /**
     * Opens the mailed link in a browser with no Keycloak session (a new device), confirms on Keycloak's page when it
     * asks, and returns the page Keycloak ends on.
     */
    public static String prove(String address) {
        HttpClient browser = HttpClient.newBuilder()
            // A browser: HTTP/1.1 with a declared length, never an h2c upgrade.
            .version(HttpClient.Version.HTTP_1_1).cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = get(browser, link(address));
        Matcher proceed = PROCEED.matcher(page.body());
        if (page.statusCode() == 200 && proceed.find()) {
            page = get(browser, proceed.group(1).replace("&amp;", "&"));
        }
        if (page.statusCode() != 302 && !(page.statusCode() == 200 && page.body().contains("verified"))) {
            throw new AssertionError("Keycloak did not confirm the address of " + address + ": " + page.statusCode()
                    + " " + page.body());
        }
        return page.body();
    }

    private static HttpResponse<String> get(HttpClient browser, String url) {
        try {
            return browser.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
