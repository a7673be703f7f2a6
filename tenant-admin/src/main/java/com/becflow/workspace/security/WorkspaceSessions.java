package com.becflow.workspace.security;

import com.becflow.integrations.identity.InvalidToken;
import com.becflow.integrations.identity.LogoutTokens;
import com.becflow.integrations.identity.OidcTokenVerifier;
import com.becflow.integrations.identity.VerifiedToken;
import com.becflow.shared.time.WallClock;
import com.becflow.tenancy.app.TenantRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Workspace sign-ins: started from the identity provider's tokens, proven again with its refresh token as the
 * {@link SessionPolicy} asks, and ended when the provider refuses, the lifetime runs out, the user signs out or the
 * provider's back-channel logout names the sign-in. Ending one invalidates its HTTP session, Vaadin's with it.
 *
 * <p>Sessions live in this server's memory, so a back-channel logout reaching another replica ends a sign-in here
 * only at its next proof, within {@code proveEvery}.
 */
@ApplicationScoped
public class WorkspaceSessions {

    private static final Logger LOG = Logger.getLogger(WorkspaceSessions.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TokenEndpoint tokenEndpoint;

    @Inject
    @Named("accessTokens")
    OidcTokenVerifier accessTokens;

    @Inject
    @Named("idTokens")
    OidcTokenVerifier idTokens;

    @Inject
    SessionPolicy policy;

    @Inject
    TenantRegistry registry;

    // Tokens carry the provider's real time, however far the server's clock was moved.
    @Inject
    @WallClock
    Clock clock;

    private final Map<String, Set<HttpSession>> byProviderSession = new ConcurrentHashMap<>();

    /**
     * Starts a sign-in from the tokens the code was exchanged for.
     *
     * @throws InvalidToken when a token does not verify, or the ID token does not carry the nonce sent with the request
     */
    WorkspaceSession start(HttpSession session, JsonObject tokens, String expectedNonce) {
        VerifiedToken access = accessTokens.verify(tokens.getString("access_token", null));
        String idToken = tokens.getString("id_token", null);
        VerifiedToken id = idTokens.verify(idToken);
        if (!id.subject().equals(access.subject())) {
            throw new InvalidToken("the ID token and the access token name different users");
        }
        if (id.nonce().isEmpty() || !MessageDigest.isEqual(id.nonce().get().getBytes(StandardCharsets.UTF_8),
                expectedNonce.getBytes(StandardCharsets.UTF_8))) {
            throw new InvalidToken("the ID token does not carry the nonce of this sign-in");
        }
        String refreshToken = tokens.getString("refresh_token", null);
        if (refreshToken == null) {
            throw new InvalidToken("the provider issued no refresh token");
        }
        Instant now = clock.instant();
        WorkspaceSession started = new WorkspaceSession(SignedInUser.from(access), idToken, refreshToken,
                id.sessionId().or(access::sessionId).orElse(null), now, now, randomSecret());
        session.setAttribute(WorkspaceSession.KEY, started);
        if (started.sessionId() != null) {
            byProviderSession.computeIfAbsent(started.sessionId(), sid -> ConcurrentHashMap.newKeySet()).add(session);
        }
        noteProvenEmail(started.user());
        return started;
    }

    /**
     * The sign-in of this HTTP session as the policy lets it stand now: proven again if due, empty once ended.
     *
     * @param trustedFor how old a proof the caller accepts (see {@link SessionPolicy#judge})
     */
    public Optional<WorkspaceSession> current(HttpSession session, Duration trustedFor) {
        WorkspaceSession signIn = signInOf(session);
        if (signIn == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        switch (policy.judge(signIn, now, trustedFor)) {
            case KEEP:
                return Optional.of(signIn);
            case END:
                end(session, "its lifetime of " + policy.lifetime() + " ran out");
                return Optional.empty();
            default:
                return proveAgain(session, signIn, now);
        }
    }

    private Optional<WorkspaceSession> proveAgain(HttpSession session, WorkspaceSession signIn, Instant now) {
        try {
            JsonObject tokens = tokenEndpoint.refresh(signIn.refreshToken());
            VerifiedToken access = accessTokens.verify(tokens.getString("access_token", null));
            if (!access.subject().equals(signIn.user().subject())) {
                throw new InvalidToken("the refreshed token names another user");
            }
            WorkspaceSession proven = signIn.provenAgain(SignedInUser.from(access), tokens.getString("id_token", null),
                    tokens.getString("refresh_token", signIn.refreshToken()), now);
            session.setAttribute(WorkspaceSession.KEY, proven);
            noteProvenEmail(proven.user());
            return Optional.of(proven);
        } catch (TokenEndpoint.GrantRefused | InvalidToken refused) {
            end(session, "the identity provider no longer vouches for it (" + refused.getMessage() + ")");
            return Optional.empty();
        } catch (IOException | RuntimeException outage) {
            if (policy.endsDuringOutage(signIn, now)) {
                end(session, "it could not be proven again since " + signIn.provenAt() + ": " + outage);
                return Optional.empty();
            }
            LOG.warning(() -> "Could not prove a workspace sign-in again, keeping it for now: " + outage);
            return Optional.of(signIn);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.of(signIn);
        }
    }

    /** Ends the sign-in of this HTTP session, if any; returns its ID token for the provider's sign-out. */
    Optional<String> end(HttpSession session, String why) {
        WorkspaceSession signIn = signInOf(session);
        forget(session);
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalidated) {
            return Optional.empty();
        }
        if (signIn != null) {
            LOG.info(() -> "Ended the workspace sign-in of " + signIn.user().subject() + ": " + why);
        }
        return Optional.ofNullable(signIn).map(WorkspaceSession::idToken);
    }

    /** Ends every sign-in a back-channel logout names; returns how many ended here. */
    int end(LogoutTokens.Logout logout) {
        int ended = 0;
        if (logout.sessionId().isPresent()) {
            for (HttpSession session : Set.copyOf(byProviderSession.getOrDefault(logout.sessionId().get(), Set.of()))) {
                if (logout.subject().isEmpty() || isOf(session, logout.subject().get())) {
                    end(session, "the identity provider ended its session");
                    ended++;
                }
            }
            return ended;
        }
        for (Set<HttpSession> sessions : byProviderSession.values()) {
            for (HttpSession session : Set.copyOf(sessions)) {
                if (isOf(session, logout.subject().orElseThrow())) {
                    end(session, "the identity provider ended every session of the user");
                    ended++;
                }
            }
        }
        return ended;
    }

    /** Drops an HTTP session that ended (invalidated or timed out) from the sign-ins a logout can name. */
    void forget(HttpSession session) {
        byProviderSession.values().forEach(sessions -> sessions.remove(session));
        byProviderSession.values().removeIf(Set::isEmpty);
    }

    private static boolean isOf(HttpSession session, String subject) {
        WorkspaceSession signIn = signInOf(session);
        return signIn != null && signIn.user().subject().equals(subject);
    }

    private static WorkspaceSession signInOf(HttpSession session) {
        try {
            return session == null ? null : (WorkspaceSession) session.getAttribute(WorkspaceSession.KEY);
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private void noteProvenEmail(SignedInUser user) {
        if (user.emailVerified() && user.email() != null) {
            user.tenant().ifPresent(tenant -> registry.confirmOwnerEmail(tenant, user.email()));
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
