package com.becflow.accounting;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the vendor's OAuth 2 server granted: an access token until {@code expiresAt} and the refresh token that gets the
 * next one. Never printed: {@link #toString()} leaves both tokens out.
 */
public record BooksGrant(String accessToken, String refreshToken, Instant expiresAt) {

    /** Refreshed this long before it expires, so a call started just before never carries a dead token. */
    public static final Duration REFRESH_AHEAD = Duration.ofMinutes(5);

    public BooksGrant {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean needsRefreshAt(Instant now) {
        return !now.isBefore(expiresAt.minus(REFRESH_AHEAD));
    }

    @Override
    public String toString() {
        return "BooksGrant[expiresAt=" + expiresAt + "]";
    }
}
