package com.becflow.tenancy;

import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.UUID;

/**
 * A freelancer's business on Becflow, as the platform registry knows it. Its data lives in a schema of
 * its own; this row says whether that data may be read and changed.
 *
 * <p>Always holds: a suspended tenant is never served; a trial tenant past its trial end is served
 * read-only; only an operator moves a tenant out of its trial.
 */
@Entity
@Table(name = "tenant", schema = "public")
public class Tenant {

    public static final Duration TRIAL_LENGTH = Duration.ofDays(7);

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 63)
    private String slug;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TenantStatus status;

    @Column(name = "trial_ends_at")
    private Instant trialEndsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "home_currency", nullable = false, length = 3)
    private String homeCurrency;

    @Column(name = "owner_email", nullable = false, length = 254)
    private String ownerEmail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "owner_email_verified_at")
    private Instant ownerEmailVerifiedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    private Tenant(TenantId id, TenantSlug slug, String displayName, ZoneId zone, Currency homeCurrency,
                   String ownerEmail, Instant now) {
        this.id = id.value();
        this.slug = slug.value();
        this.displayName = displayName;
        this.timeZone = zone.getId();
        this.homeCurrency = homeCurrency.getCurrencyCode();
        this.ownerEmail = ownerEmail;
        // What PostgreSQL keeps, so that moments derived from it (trial end, removal) compare equal once stored.
        this.createdAt = now.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public static Tenant startTrial(TenantId id, TenantSlug slug, String displayName, ZoneId zone,
                                    Currency homeCurrency, String ownerEmail, Clock clock) {
        Tenant tenant = new Tenant(id, slug, displayName, zone, homeCurrency, ownerEmail, clock.instant());
        tenant.status = TenantStatus.TRIAL;
        tenant.trialEndsAt = tenant.createdAt.plus(TRIAL_LENGTH);
        return tenant;
    }

    public static Tenant active(TenantId id, TenantSlug slug, String displayName, ZoneId zone,
                                Currency homeCurrency, String ownerEmail, Clock clock) {
        Tenant tenant = new Tenant(id, slug, displayName, zone, homeCurrency, ownerEmail, clock.instant());
        tenant.status = TenantStatus.ACTIVE;
        // Made by an operator (or the local demo) for an owner they know: nobody claimed the address by signing up.
        tenant.ownerEmailVerifiedAt = tenant.createdAt;
        return tenant;
    }

    /** What the tenant's people may do at this instant; empty when the tenant must not be served at all. */
    public java.util.Optional<TenantAccess> accessAt(Instant now) {
        return switch (status) {
            case SUSPENDED -> java.util.Optional.empty();
            case ACTIVE -> java.util.Optional.of(TenantAccess.FULL);
            case TRIAL -> java.util.Optional.of(now.isBefore(trialEndsAt) ? TenantAccess.FULL : TenantAccess.READ_ONLY);
        };
    }

    /**
     * Whether the owner proved the address is theirs. Until then Becflow sends no mail to clients on the tenant's
     * behalf (it waits in the outbox), so nobody can mail from Becflow under someone else's address.
     */
    public boolean ownerEmailVerified() {
        return ownerEmailVerifiedAt != null;
    }

    /**
     * Notes that the identity provider saw the owner prove {@code email}; false when that is not the owner's
     * address or it was proven before.
     */
    public boolean confirmOwnerEmail(String email, Instant at) {
        if (ownerEmailVerifiedAt != null || email == null || !ownerEmail.equalsIgnoreCase(email.strip())) {
            return false;
        }
        ownerEmailVerifiedAt = at;
        return true;
    }

    public void activate() {
        status = TenantStatus.ACTIVE;
    }

    public void suspend() {
        status = TenantStatus.SUSPENDED;
    }

    /** Whole days of trial left at this instant, rounded up; zero once it has ended. */
    public long trialDaysLeft(Instant now) {
        if (status != TenantStatus.TRIAL || !now.isBefore(trialEndsAt)) {
            return 0;
        }
        long seconds = Duration.between(now, trialEndsAt).getSeconds();
        return (seconds + 86_399) / 86_400;
    }

    public TenantId id() {
        return new TenantId(id);
    }

    public TenantSlug slug() {
        return new TenantSlug(slug);
    }

    public String displayName() {
        return displayName;
    }

    public TenantStatus status() {
        return status;
    }

    public Instant trialEndsAt() {
        return trialEndsAt;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Currency homeCurrency() {
        return Currency.getInstance(homeCurrency);
    }

    public String ownerEmail() {
        return ownerEmail;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tenant other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
