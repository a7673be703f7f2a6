package com.becflow.workspace.security;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What the workspace keeps about a sign-in, in the server-side session only: the user as last proven, the
 * identity provider's tokens to prove it again, and when it was proven. The refresh token never leaves the server.
 *
 * @param sessionId     the identity provider's session ({@code sid}), which its back-channel logout names
 * @param signOutSecret what a sign-out form must send back, so another site cannot sign the user out
 */
public record WorkspaceSession(SignedInUser user, String idToken, String refreshToken, String sessionId,
                               Instant signedInAt, Instant provenAt, String signOutSecret) implements Serializable {

    public static final String KEY = WorkspaceSession.class.getName();

    public WorkspaceSession {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(signedInAt, "signedInAt");
        Objects.requireNonNull(provenAt, "provenAt");
        Objects.requireNonNull(signOutSecret, "signOutSecret");
    }

    /** The same sign-in, proven again at {@code at} by fresh tokens. */
    WorkspaceSession provenAgain(SignedInUser latest, String latestIdToken, String latestRefreshToken, Instant at) {
        return new WorkspaceSession(latest, latestIdToken == null ? idToken : latestIdToken, latestRefreshToken,
                sessionId, signedInAt, at, signOutSecret);
    }
}
