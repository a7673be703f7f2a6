package com.becflow.db.tenant;

import com.becflow.db.BecflowDataSource;
import com.becflow.db.migration.DatabaseMigrations;
import com.becflow.shared.tenant.TenantId;
import com.becflow.tenancy.TenantSchemas;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;

/** Tenant schemas created and migrated by Flyway, outside any business transaction (DDL commits itself). */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FlywayTenantSchemas implements TenantSchemas {

    @Resource(lookup = BecflowDataSource.JNDI_NAME)
    DataSource dataSource;

    @Override
    public void provision(TenantId tenant) {
        new DatabaseMigrations(dataSource).migrateTenant(tenant);
    }

    @Override
    public void discard(TenantId tenant) {
        new DatabaseMigrations(dataSource).dropTenant(tenant);
    }
}
