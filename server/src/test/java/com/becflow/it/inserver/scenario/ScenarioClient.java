package com.becflow.it.inserver.scenario;

import com.becflow.clients.Client;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A client of a scenario's tenant, living in a time zone of their own. */
public final class ScenarioClient {

    final Scenario scenario;
    final ScenarioTenant tenant;
    final Client client;

    ScenarioClient(Scenario scenario, ScenarioTenant tenant, Client client) {
        this.scenario = scenario;
        this.tenant = tenant;
        this.client = client;
    }

    public Client client() {
        return client;
    }

    public ZoneId zone() {
        return client.zone();
    }

    /** An invoice to this client, as a builder with defaults (one line of 100.00, the tenant's default terms). */
    public ScenarioInvoice invoice() {
        return new ScenarioInvoice(this);
    }

    /** The client's midnight that ends {@code day}: when, for them, the next day begins. */
    public Instant midnightEnding(LocalDate day) {
        return day.plusDays(1).atStartOfDay(client.zone()).toInstant();
    }

    /** The day it is for the client now. */
    public LocalDate today() {
        return LocalDate.now(scenario.clock().withZone(client.zone()));
    }
}
