package com.becflow.workspace.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The session policy as configured; the defaults end a disabled user's access within a minute. */
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "BECFLOW_SESSION_PROVE_SECONDS", defaultValue = "60")
    long proveSeconds;

    @Inject
    @ConfigProperty(name = "BECFLOW_SESSION_LIFETIME_HOURS", defaultValue = "12")
    long lifetimeHours;

    @Inject
    @ConfigProperty(name = "BECFLOW_SESSION_OUTAGE_MINUTES", defaultValue = "10")
    long outageMinutes;

    @Produces
    @Singleton
    SessionPolicy policy() {
        return new SessionPolicy(Duration.ofSeconds(proveSeconds), Duration.ofHours(lifetimeHours),
                Duration.ofMinutes(outageMinutes));
    }
}
