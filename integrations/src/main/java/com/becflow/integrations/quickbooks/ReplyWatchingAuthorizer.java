package com.becflow.integrations.quickbooks;

import com.intuit.ipp.exception.FMSException;
import com.intuit.ipp.security.OAuth2Authorizer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The SDK's bearer authorizer, keeping hold of the connection it authorized. The SDK's exceptions carry QuickBooks'
 * error codes but neither the HTTP status nor the headers, and the status is what tells a dead token (401) from
 * throttling (429) from a refused object (400) for certain; {@code Retry-After}, when QuickBooks sends one, says how
 * long to wait. The connection is only read after the SDK has read its answer, so nothing here connects again.
 */
final class ReplyWatchingAuthorizer extends OAuth2Authorizer {

    private HttpURLConnection connection;

    ReplyWatchingAuthorizer(String accessToken) {
        super(accessToken);
    }

    @Override
    public void authorize(HttpURLConnection httpUrlConnection) throws FMSException {
        super.authorize(httpUrlConnection);
        this.connection = httpUrlConnection;
    }

    /** The answer's status, if an answer came. */
    OptionalInt status() {
        if (connection == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(connection.getResponseCode());
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    Optional<String> header(String name) {
        return connection == null ? Optional.empty() : Optional.ofNullable(connection.getHeaderField(name));
    }
}
