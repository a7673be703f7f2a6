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
import com.becflow.tenancy.TenantSignedUp;
import com.becflow.tenancy.TenantSlug;
import com.becflow.tenancy.Tenants;
import com.becflow.tenancy.UnknownTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
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

    private final Tenants tenants;
    private final TenantSchemas schemas;
    private final FreelancerAccounts accounts;
    private final Clock clock;
    private final Event<TenantSignedUp> signedUp;

    @Inject
    public TenantRegistry(Tenants tenants, TenantSchemas schemas, FreelancerAccounts accounts, Clock clock,
                          Event<TenantSignedUp> signedUp) {
        this.tenants = tenants;
        this.schemas = schemas;
        this.accounts = accounts;
        this.clock = clock;
        this.signedUp = signedUp;
    }

    protected TenantRegistry() {
        this(null, null, null, null, null);
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
        signedUp.fire(new TenantSignedUp(id, tenant.ownerEmail()));
        return tenant;
    }

    /**
     * The context every use case runs in, for a tenant named by a verified token or portal link.
     *
     * @throws TenantNotServed when the tenant is unknown or suspended
     */
    public TenantContext enter(TenantId id, UserId actor) {
        Tenant tenant = tenants.find(id).orElseThrow(() -> new TenantNotServed(id));
        TenantAccess access = tenant.accessAt(clock.instant()).orElseThrow(() -> new TenantNotServed(id));
        return new TenantContext(id, actor, tenant.zone(), tenant.homeCurrency(), access);
    }

    public Tenant get(TenantId id) {
        return tenants.find(id).orElseThrow(() -> new UnknownTenant(id));
    }

    public List<Tenant> all() {
        return tenants.all();
    }

    public Tenant activate(TenantId id) {
        Tenant tenant = get(id);
        tenant.activate();
        return tenants.update(tenant);
    }

    public Tenant suspend(TenantId id) {
        Tenant tenant = get(id);
        tenant.suspend();
        return tenants.update(tenant);
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
