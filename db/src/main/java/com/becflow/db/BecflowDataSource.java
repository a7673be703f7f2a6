package com.becflow.db;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one database of a Becflow deployment. URL, user and password come from configuration (system
 * properties or environment variables), which the launcher sets to the embedded PostgreSQL when none is
 * configured, so the same WAR runs embedded and on Kubernetes.
 */
@DataSourceDefinition(
        name = BecflowDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=DB_URL}",
        user = "${MPCONFIG=DB_USER}",
        password = "${MPCONFIG=DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.log-jdbc-calls=false", "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data"})
@ApplicationScoped
public class BecflowDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/becflow";
}
