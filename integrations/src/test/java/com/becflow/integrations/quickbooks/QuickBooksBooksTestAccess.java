package com.becflow.integrations.quickbooks;

import com.becflow.accounting.BooksConsent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The freelancer's consent at the fake QuickBooks, for tests that need a grant and nothing more. */
final class QuickBooksBooksTestAccess {

    private QuickBooksBooksTestAccess() {
    }

    /** What the browser brings back to the callback: the code and the company chosen ({@code realmId}). */
    static BooksConsent consent(QuickBooksBooks books) {
        URI callback = URI.create("http://127.0.0.1:1/api/v1/integrations/books/quickbooks/callback");
        try {
            String html = HttpClient.newHttpClient().send(HttpRequest.newBuilder(books.authorizationPage("s", callback))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
            String back = html.replaceAll("(?s).*id=\"allow-access\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
            java.util.Map<String, String> parameters = QuickBooksBooksTest.parameters(URI.create(back));
            return new BooksConsent(parameters.get("code"), callback, parameters);
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
