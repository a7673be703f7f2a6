package com.becflow.shared.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one source of "now": the {@link ServerClock}, movable when {@code BECFLOW_CLOCK_MOVABLE} is true (the local
 * mode and the test platform set it), real time otherwise. Injected as {@link Clock} everywhere; as
 * {@link ServerClock} by what moves it (the test harness, the local clock page).
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "BECFLOW_CLOCK_MOVABLE", defaultValue = "false")
    boolean movable;

    @Produces
    @Singleton
    @Typed({ServerClock.class, Clock.class})
    ServerClock clock() {
        return movable ? ServerClock.movable() : ServerClock.fixed();
    }

    @Produces
    @Singleton
    @WallClock
    Clock wallClock() {
        return Clock.systemUTC();
    }
}
