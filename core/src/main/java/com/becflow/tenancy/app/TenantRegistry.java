package com.becflow.tenancy.app;

import com.becflow.shared.tenant.TenantAccess;
import com.becflow.shared.tenant.TenantContext;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.FreelancerAccounts;
import com.becflow.tenancy.InvalidSignUp;
import com.becflow.tenancy.NewFreelancerAccount;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantNotServed;
import com.becflow.tenancy.TenantSchemas;
import com.becflow.tenancy.TenantActivated;
import com.becflow.tenancy.TenantSignedUp;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.Tenants;
import com.becflow.tenancy.UnknownTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sign-up, entry and the operator's decisions about tenants. Sign-up spans three systems (schema,
 * identity provider, registry row) that share no transaction, so it runs them in an order where each
 * later failure can undo the earlier steps, and the registry row, which makes the tenant real, comes last.
 */
@ApplicationScoped
public class TenantRegistry {

    private static final Logger LOG = Logger.getLogger(TenantRegistry.class.getName());
    /**
     * How long {@link #enter} trusts a tenant row it read. Every API call and portal page enters its tenant, so
     * reading the row each time doubled the cost of a simple call. Suspending or activating through this registry
     * takes effect here at once; on other server instances, and for changes made behind its back, within this time.
     */
    public static final Duration ENTRY_ROW_KEPT_FOR = Duration.ofSeconds(3);

    private final Tenants tenants;
    private final TenantSchemas schemas;
    private final FreelancerAccounts accounts;
    private final Clock clock;
    private final Event<TenantSignedUp> signedUp;
    private final Event<TenantActivated> activated;
    private final UnverifiedTrials unverifiedTrials;
    private final Map<TenantId, RecentRow> recentRows = new ConcurrentHashMap<>();

    private record RecentRow(Tenant tenant, Instant readAt) {
    }

    @Inject
    public TenantRegistry(Tenants tenants, TenantSchemas schemas, FreelancerAccounts accounts, Clock clock,
                          Event<TenantSignedUp> signedUp, Event<TenantActivated> activated,
                          UnverifiedTrials unverifiedTrials) {
        this.tenants = tenants;
        this.schemas = schemas;
        this.accounts = accounts;
        this.clock = clock;
        this.signedUp = signedUp;
        this.activated = activated;
        this.unverifiedTrials = unverifiedTrials;
    }

    protected TenantRegistry() {
        this(null, null, null, null, null, null, null);
    }

    public Tenant signUp(SignUp command) {
        ZoneId zone = zoneOf(command.timeZone());
        Currency currency = currencyOf(command.homeCurrency());
        TenantId id = TenantId.newId();
        Tenant tenant = Tenant.startTrial(id, freeSlugFor(command.businessName()), command.businessName().trim(),
                zone, currency, command.email().trim().toLowerCase(), clock);
        schemas.provision(id);
        UserId owner;
        try {
            owner = accounts.register(new NewFreelancerAccount(tenant.ownerEmail(), command.firstName().trim(),
                    command.lastName().trim(), command.password(), id));
        } catch (RuntimeException e) {
            discardQuietly(id);
            throw e;
        }
        try {
            tenants.add(tenant);
        } catch (RuntimeException e) {
            try {
                accounts.remove(owner);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            discardQuietly(id);
            throw e;
        }
        try {
            unverifiedTrials.expect(tenant);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not note when to look at unverified trial " + id + " again", e);
        }
        requestOwnerAddressProof(owner);
        signedUp.fire(new TenantSignedUp(id, tenant.ownerEmail()));
        return tenant;
    }

    /**
     * The context every use case runs in, for a tenant named by a verified token or portal link.
     *
     * @throws TenantNotServed when the tenant is unknown or suspended
     */
    public TenantContext enter(TenantId id, UserId actor) {
        Instant now = clock.instant();
        Tenant tenant = recentRow(id, now).orElseThrow(() -> new TenantNotServed(id));
        TenantAccess access = tenant.accessAt(now).orElseThrow(() -> new TenantNotServed(id));
        return new TenantContext(id, actor, tenant.zone(), tenant.homeCurrency(), access);
    }

    private Optional<Tenant> recentRow(TenantId id, Instant now) {
        RecentRow recent = recentRows.get(id);
        if (recent == null || !now.isBefore(recent.readAt().plus(ENTRY_ROW_KEPT_FOR)) || now.isBefore(recent.readAt())) {
            Tenant found = tenants.find(id).orElse(null);
            if (found == null) {
                recentRows.remove(id);
                return Optional.empty();
            }
            recent = new RecentRow(found, now);
            recentRows.put(id, recent);
        }
        return Optional.of(recent.tenant());
    }

    public Tenant get(TenantId id) {
        return tenants.find(id).orElseThrow(() -> new UnknownTenant(id));
    }

    /**
     * The tenant's row as {@link #enter} read it at most {@link #ENTRY_ROW_KEPT_FOR} ago, for reading its name and
     * address onto a document or a mail; never to change (use {@link #get}).
     */
    public Tenant recent(TenantId id) {
        return recentRow(id, clock.instant()).orElseThrow(() -> new UnknownTenant(id));
    }

    public List<Tenant> all() {
        return tenants.all();
    }

    public Tenant activate(TenantId id) {
        Tenant tenant = get(id);
        tenant.activate();
        Tenant updated = tenants.update(tenant);
        recentRows.remove(id);
        activated.fire(new TenantActivated(id));
        return updated;
    }

    /**
     * Notes that the identity provider vouches for the owner's address (a token saying {@code email_verified}):
     * mail the tenant queued for clients goes out from the outbox's next round. Cheap when already known: read from the recent row.
     */
    public void confirmOwnerEmail(TenantId id, String email) {
        Instant now = clock.instant();
        Optional<Tenant> recent = recentRow(id, now);
        if (recent.isEmpty() || recent.get().ownerEmailVerified()) {
            return;
        }
        Tenant tenant = get(id);
        if (!tenant.confirmOwnerEmail(email, now)) {
            return;
        }
        try {
            tenants.update(tenant);
        } catch (RuntimeException concurrentChange) {
            if (!get(id).ownerEmailVerified()) {
                throw concurrentChange;
            }
        }
        recentRows.remove(id);
        LOG.info(() -> "The owner of tenant " + id + " verified their email address");
    }

    /**
     * Mails the owner the identity provider's verify-email link. A failure is logged, not thrown: the workspace is
     * usable meanwhile and offers to send the link again.
     */
    public boolean requestOwnerAddressProof(UserId owner) {
        try {
            accounts.requestAddressProof(owner);
            return true;
        } catch (RuntimeException notSent) {
            LOG.log(Level.WARNING, "Could not mail the verify-email link to account " + owner, notSent);
            return false;
        }
    }

    public Tenant suspend(TenantId id) {
        Tenant tenant = get(id);
        tenant.suspend();
        Tenant updated = tenants.update(tenant);
        recentRows.remove(id);
        return updated;
    }

    /** Registers a tenant whose identity-provider accounts exist already (the local demo tenant). */
    public Tenant ensureExists(Tenant tenant) {
        return tenants.find(tenant.id()).orElseGet(() -> {
            schemas.provision(tenant.id());
            tenants.add(tenant);
            return tenant;
        });
    }

    private TenantSlug freeSlugFor(String businessName) {
        TenantSlug base = TenantSlug.from(businessName);
        TenantSlug candidate = base;
        for (int n = 2; tenants.slugTaken(candidate); n++) {
            candidate = base.withSuffix(n);
        }
        return candidate;
    }

    private void discardQuietly(TenantId id) {
        try {
            schemas.discard(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not drop the schema of failed sign-up " + id, e);
        }
    }

    private static ZoneId zoneOf(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new InvalidSignUp("timeZone", "Unknown time zone: " + text);
        }
    }

    private static Currency currencyOf(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidSignUp("homeCurrency", "Unknown currency: " + code);
        }
    }
}
