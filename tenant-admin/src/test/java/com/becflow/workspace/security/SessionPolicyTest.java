package com.becflow.workspace.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.workspace.security.SessionPolicy.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    private static final Instant SIGNED_IN = Instant.parse("2030-03-04T08:00:00Z");
    private final SessionPolicy policy = new SessionPolicy(Duration.ofSeconds(60), Duration.ofHours(12),
            Duration.ofMinutes(10));

    private static final Duration ANY = ChronoUnit.FOREVER.getDuration();

    private static WorkspaceSession provenAt(Instant provenAt) {
        SignedInUser user = new SignedInUser("user-1", null, "ada@example.test", true, "Ada", Set.of("operator"));
        return new WorkspaceSession(user, "id-token", "refresh-token", "sid-1", SIGNED_IN, provenAt, "secret");
    }

    @Test
    void aSignInProvenWithinTheLastMinuteIsKept() {
        assertThat(policy.judge(provenAt(SIGNED_IN), SIGNED_IN.plusSeconds(59), ANY)).isEqualTo(Verdict.KEEP);
    }

    @Test
    void aSignInIsProvenAgainOnceAMinutePassed() {
        assertThat(policy.judge(provenAt(SIGNED_IN), SIGNED_IN.plusSeconds(60), ANY)).isEqualTo(Verdict.PROVE_AGAIN);
    }

    @Test
    void aRoleSensitivePageTrustsOnlyAProofOfTheLastFewSeconds() {
        assertThat(policy.judge(provenAt(SIGNED_IN), SIGNED_IN.plusSeconds(4), SessionPolicy.ROLE_SENSITIVE_FRESHNESS)).isEqualTo(Verdict.KEEP);
        assertThat(policy.judge(provenAt(SIGNED_IN), SIGNED_IN.plusSeconds(5), SessionPolicy.ROLE_SENSITIVE_FRESHNESS)).isEqualTo(Verdict.PROVE_AGAIN);
    }

    @Test
    void loadingARoleSensitivePageAsksAtOnce() {
        assertThat(policy.judge(provenAt(SIGNED_IN), SIGNED_IN, Duration.ZERO)).isEqualTo(Verdict.PROVE_AGAIN);
    }

    @Test
    void aSignInEndsAfterTwelveHoursHoweverRecentlyProven() {
        Instant late = SIGNED_IN.plus(Duration.ofHours(12));
        assertThat(policy.judge(provenAt(late.minusSeconds(1)), late.minusSeconds(1), ANY)).isEqualTo(Verdict.KEEP);
        assertThat(policy.judge(provenAt(late.minusSeconds(1)), late, ANY)).isEqualTo(Verdict.END);
    }

    @Test
    void aClockThatWentBackTrustsNothingRemembered() {
        assertThat(policy.judge(provenAt(SIGNED_IN.plusSeconds(30)), SIGNED_IN.plusSeconds(10), ANY))
                .isEqualTo(Verdict.PROVE_AGAIN);
    }

    @Test
    void anUnreachableProviderIsToleratedForTenMinutesSinceTheLastProof() {
        WorkspaceSession session = provenAt(SIGNED_IN);
        assertThat(policy.endsDuringOutage(session, SIGNED_IN.plus(Duration.ofMinutes(10)).minusSeconds(1))).isFalse();
        assertThat(policy.endsDuringOutage(session, SIGNED_IN.plus(Duration.ofMinutes(10)))).isTrue();
    }
}
