package com.becflow.platform;

import com.becflow.db.BecflowDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: migrated and the database answers. Liveness: the application is deployed and responsive. */
@ApplicationScoped
public class PlatformHealth {

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    PlatformStartup startup;

    @Readiness
    @ApplicationScoped
    public static class Database implements HealthCheck {

        @Inject
        PlatformHealth health;

        @Override
        public HealthCheckResponse call() {
            return health.database();
        }
    }

    @Liveness
    @ApplicationScoped
    public static class Alive implements HealthCheck {

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.up("becflow");
        }
    }

    HealthCheckResponse database() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return HealthCheckResponse.named("database")
                    .status(valid && startup.ready())
                    .withData("migrated", startup.ready())
                    .build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
