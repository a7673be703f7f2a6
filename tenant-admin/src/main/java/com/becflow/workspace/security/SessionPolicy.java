package com.becflow.workspace.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a workspace sign-in is trusted. The identity provider is asked again whether the sign-in still holds
 * (user enabled, roles, session not ended) every {@code proveEvery}, and at every role-sensitive page; a sign-in
 * ends for good after {@code lifetime}, however active, and when the provider could not be asked for
 * {@code outageTolerance} (the workspace would otherwise trust a disabled user through an outage).
 */
public record SessionPolicy(Duration proveEvery, Duration lifetime, Duration outageTolerance) {

    public enum Verdict { KEEP, PROVE_AGAIN, END }

    /**
     * How recent a proof a role-sensitive view accepts once its page was loaded (the load itself asks at once): the
     * load and the navigation that follows it ask the provider only once.
     */
    public static final Duration ROLE_SENSITIVE_FRESHNESS = Duration.ofSeconds(5);

    public SessionPolicy {
        Objects.requireNonNull(proveEvery, "proveEvery");
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(outageTolerance, "outageTolerance");
        if (proveEvery.isNegative() || lifetime.isNegative() || outageTolerance.compareTo(proveEvery) < 0) {
            throw new IllegalArgumentException("a session is proven again before the outage tolerance runs out");
        }
    }

    /**
     * @param trustedFor how old a proof the caller accepts: {@link #proveEvery} for ordinary pages, less (down to
     *                   zero: ask now) before showing what only a role may see
     */
    public Verdict judge(WorkspaceSession session, Instant now, Duration trustedFor) {
        if (!now.isBefore(session.signedInAt().plus(lifetime))) {
            return Verdict.END;
        }
        if (now.isBefore(session.provenAt())) {
            return Verdict.PROVE_AGAIN; // the server's clock went back: trust nothing remembered
        }
        Duration trusted = trustedFor.compareTo(proveEvery) < 0 ? trustedFor : proveEvery;
        if (!now.isBefore(session.provenAt().plus(trusted))) {
            return Verdict.PROVE_AGAIN;
        }
        return Verdict.KEEP;
    }

    /** Whether a sign-in that could not be proven again at {@code now}, because the provider is unreachable, ends. */
    public boolean endsDuringOutage(WorkspaceSession session, Instant now) {
        return !now.isBefore(session.provenAt().plus(outageTolerance));
    }
}
