package com.becflow.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final Instant SIGN_UP = Instant.parse("2026-11-22T10:00:00Z");
    private final Clock clock = Clock.fixed(SIGN_UP, ZoneOffset.UTC);

    private Tenant newTrial() {
        return Tenant.startTrial(TenantId.newId(), new TenantSlug("ada-design"), "Ada Design",
                ZoneId.of("Europe/Berlin"), Currency.getInstance("EUR"), "ada@example.com", clock);
    }

    @Test
    void aTrialGivesFullAccessForSevenDaysThenReadOnly() {
        Tenant tenant = newTrial();
        assertThat(tenant.trialEndsAt()).isEqualTo(SIGN_UP.plus(Duration.ofDays(7)));
        assertThat(tenant.accessAt(SIGN_UP)).contains(TenantAccess.FULL);
        assertThat(tenant.accessAt(SIGN_UP.plus(Duration.ofDays(7)).minusSeconds(1))).contains(TenantAccess.FULL);
        assertThat(tenant.accessAt(SIGN_UP.plus(Duration.ofDays(7)))).contains(TenantAccess.READ_ONLY);
    }

    @Test
    void aSignedUpOwnersAddressIsUnprovenUntilTheyProveThatVeryAddressOnce() {
        Tenant tenant = newTrial();
        assertThat(tenant.ownerEmailVerified()).isFalse();

        assertThat(tenant.confirmOwnerEmail("mallory@example.com", SIGN_UP)).isFalse();
        assertThat(tenant.ownerEmailVerified()).isFalse();
        assertThat(tenant.confirmOwnerEmail(" ADA@example.com", SIGN_UP)).isTrue();
        assertThat(tenant.ownerEmailVerified()).isTrue();
        assertThat(tenant.confirmOwnerEmail("ada@example.com", SIGN_UP)).isFalse();
    }

    @Test
    void aTenantAnOperatorMadeNeedsNoProofOfItsOwnersAddress() {
        Tenant tenant = Tenant.active(TenantId.newId(), new TenantSlug("known"), "Known", ZoneId.of("UTC"),
                Currency.getInstance("EUR"), "known@example.com", clock);
        assertThat(tenant.ownerEmailVerified()).isTrue();
    }

    @Test
    void trialDaysLeftRoundUpAndStopAtZero() {
        Tenant tenant = newTrial();
        assertThat(tenant.trialDaysLeft(SIGN_UP)).isEqualTo(7);
        assertThat(tenant.trialDaysLeft(SIGN_UP.plus(Duration.ofHours(30)))).isEqualTo(6);
        assertThat(tenant.trialDaysLeft(SIGN_UP.plus(Duration.ofDays(8)))).isZero();
    }

    @Test
    void anActivatedTenantHasFullAccessAfterItsTrial() {
        Tenant tenant = newTrial();
        tenant.activate();
        assertThat(tenant.accessAt(SIGN_UP.plus(Duration.ofDays(30)))).contains(TenantAccess.FULL);
        assertThat(tenant.trialDaysLeft(SIGN_UP)).isZero();
    }

    @Test
    void aSuspendedTenantIsNotServedAtAll() {
        Tenant tenant = newTrial();
        tenant.suspend();
        assertThat(tenant.accessAt(SIGN_UP)).isEmpty();
    }

    @Test
    void slugsComeFromBusinessNamesAsPlainAscii() {
        assertThat(TenantSlug.from("Café Noir Studio").value()).isEqualTo("cafe-noir-studio");
        assertThat(TenantSlug.from("  --!!--  ").value()).isEqualTo("studio");
        assertThat(TenantSlug.from("A".repeat(80)).value()).hasSizeLessThanOrEqualTo(50);
        assertThat(TenantSlug.from("Ada").withSuffix(2).value()).isEqualTo("ada-2");
    }
}
