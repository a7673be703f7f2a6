package com.becflow.integrations.quickbooks;

import com.becflow.accounting.BooksGrant;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The freelancer's consent at the fake QuickBooks, for tests that need a grant and nothing more. */
final class QuickBooksBooksTestAccess {

    private QuickBooksBooksTestAccess() {
    }

    static BooksGrant consent(QuickBooksBooks books) {
        URI callback = URI.create("http://127.0.0.1:1/api/v1/integrations/books/quickbooks/callback");
        try {
            String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(books.authorizationPage("s", callback))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            String back = html.replaceAll("(?s).*id=\"allow-access\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
            return books.exchange(URLDecoder.decode(back.replaceAll(".*[?&]code=([^&]+).*", "$1"), StandardCharsets.UTF_8),
                    callback);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
