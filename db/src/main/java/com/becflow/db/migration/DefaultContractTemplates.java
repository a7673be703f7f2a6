package com.becflow.db.migration;

import com.becflow.contracts.ContractTemplateLibrary;
import com.becflow.contracts.TemplateContent;
import com.becflow.db.ContractTermsConverter;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Gives every tenant schema, new or existing, the default contract template library. A migration rather than
 * a step of sign-up, so that a tenant provisioned any way (sign-up, demo, restore) starts with it once.
 */
public class DefaultContractTemplates implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "default contract templates";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement("INSERT INTO contract_template"
                + " (id, name, category, body, terms, countersign_required, archived, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, false, now(), now())")) {
            for (TemplateContent template : ContractTemplateLibrary.defaults()) {
                insert.setObject(1, UUID.randomUUID());
                insert.setString(2, template.name());
                insert.setString(3, template.category());
                insert.setString(4, template.body());
                insert.setString(5, ContractTermsConverter.toJson(template.terms()));
                insert.setBoolean(6, template.countersignRequired());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
