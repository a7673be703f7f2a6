package com.becflow.tenancy.app;

import com.becflow.shared.agenda.Agenda;
import com.becflow.shared.agenda.AgendaTopic;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.FreelancerAccounts;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantRemoval;
import com.becflow.tenancy.TenantSchemas;
import com.becflow.tenancy.TenantStatus;
import com.becflow.tenancy.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Trials whose owner never proved their address are removed once {@link #grace} has passed since sign-up: their
 * accounts, their registry row (and every platform row naming them) and their schema, with a line kept in
 * {@code tenant_removal}. Such a tenant never mailed a client (its mail waited in the outbox), so nobody outside
 * loses anything. The agenda says when to look, so the housekeeping round never walks all tenants for this.
 */
@ApplicationScoped
public class UnverifiedTrials {

    private static final Logger LOG = Logger.getLogger(UnverifiedTrials.class.getName());

    @Inject
    Tenants tenants;

    @Inject
    TenantSchemas schemas;

    @Inject
    FreelancerAccounts accounts;

    @Inject
    Agenda agenda;

    @Inject
    @ConfigProperty(name = "BECFLOW_UNVERIFIED_TRIAL_DAYS", defaultValue = "3")
    long graceDays;

    public Duration grace() {
        return Duration.ofDays(graceDays);
    }

    /** When the trial is removed if its owner has not proven their address by then. */
    public Instant removalAt(Tenant tenant) {
        return tenant.createdAt().plus(grace());
    }

    /** Notes on the agenda when to look at a new trial again. */
    @Transactional
    public void expect(Tenant tenant) {
        agenda.expect(tenant.id(), AgendaTopic.UNVERIFIED_TRIAL, removalAt(tenant));
    }

    /**
     * Removes the trial if, at {@code now}, its grace period is over and its owner never proved their address;
     * otherwise moves or drops its agenda entry. Safe to run again after a failure part-way.
     *
     * @return whether the tenant was removed
     */
    public boolean removeIfStillUnverified(TenantId id, Instant now) {
        Optional<Tenant> found = tenants.find(id);
        if (found.isEmpty()) {
            return false;
        }
        Tenant tenant = found.get();
        if (tenant.ownerEmailVerified() || tenant.status() != TenantStatus.TRIAL) {
            settle(id, Optional.empty());
            return false;
        }
        if (now.isBefore(removalAt(tenant))) {
            settle(id, Optional.of(removalAt(tenant)));
            return false;
        }
        // The accounts first: nobody signs in to a tenant half removed. Then the row that makes the tenant real.
        accounts.removeAccountsOf(id);
        tenants.remove(new TenantRemoval(id, tenant.slug(), tenant.displayName(),
                TenantRemoval.Reason.OWNER_EMAIL_NEVER_VERIFIED, tenant.createdAt(), now));
        try {
            schemas.discard(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Removed tenant " + id + " but could not drop its schema", e);
        }
        LOG.info(() -> "Removed trial tenant " + id + " (" + tenant.slug().value() + "): its owner did not verify "
                + "their email address within " + grace().toDays() + " days of signing up on " + tenant.createdAt());
        return true;
    }

    // Only sign-up notes this topic, once, before anyone can verify: nothing writes the entry meanwhile to lock out.
    private void settle(TenantId id, Optional<Instant> next) {
        agenda.reschedule(id, AgendaTopic.UNVERIFIED_TRIAL, next);
    }
}
