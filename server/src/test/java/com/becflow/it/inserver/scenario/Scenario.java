package com.becflow.it.inserver.scenario;

import com.becflow.platform.jobs.PaymentHousekeepingRound;
import com.becflow.shared.tenant.TenantId;
import com.becflow.shared.tenant.UserId;
import com.becflow.tenancy.Tenant;
import com.becflow.tenancy.TenantSlug;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

/**
 * One story in which time passes: the tenants it makes, and the server's clock, which only moves forward while
 * the scenario is open and is back at real time once it is closed.
 */
public final class Scenario implements AutoCloseable {

    final ClockScenarios harness;
    private final java.util.List<TenantId> tenants = new java.util.ArrayList<>();

    Scenario(ClockScenarios harness) {
        this.harness = harness;
    }

    /** A fresh active tenant in a time zone, keeping its books in euros. */
    public ScenarioTenant tenant(String name, String zone) {
        TenantId id = TenantId.newId();
        Tenant tenant = harness.registry.ensureExists(Tenant.active(id, new TenantSlug("scenario-" + id.value()), name,
                ZoneId.of(zone), Currency.getInstance("EUR"), "owner-" + id.value() + "@scenario.becflow.test",
                harness.clock));
        tenants.add(tenant.id());
        return new ScenarioTenant(this, harness.registry.enter(tenant.id(), new UserId("scenario-freelancer")));
    }

    /** The server's time now. */
    public Instant now() {
        return harness.clock.instant();
    }

    /** The server's clock, as every use case reads it. */
    public Clock clock() {
        return harness.clock;
    }

    /** Whole days of 24 hours pass. */
    public Scenario daysPass(int days) {
        harness.clock.advanceDays(days);
        return this;
    }

    public Scenario timePasses(Duration duration) {
        harness.clock.advance(duration);
        return this;
    }

    /** Time passes until {@code moment}, which must lie ahead. */
    public Scenario timePassesUntil(Instant moment) {
        harness.clock.advanceTo(moment);
        return this;
    }

    /** One housekeeping round now, as the minute's job runs it (over the whole database's agenda). */
    public PaymentHousekeepingRound.Report housekeeping() {
        return harness.housekeeping.run();
    }

    /** Back to real time, with this scenario's tenants off the agenda. */
    @Override
    public void close() {
        harness.clock.returnToRealTime();
        tenants.forEach(harness::takeOffTheAgenda);
    }
}
