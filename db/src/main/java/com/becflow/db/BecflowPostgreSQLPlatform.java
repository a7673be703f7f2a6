package com.becflow.db;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.internal.helper.DatabaseField;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * PostgreSQL as EclipseLink should speak it here: a null UUID is bound as "type unknown" so PostgreSQL
 * takes it for the uuid column it goes into. EclipseLink binds it as VARCHAR otherwise, which PostgreSQL
 * refuses for a uuid column.
 */
public class BecflowPostgreSQLPlatform extends PostgreSQLPlatform {

    @Override
    public int getJDBCTypeForSetNull(DatabaseField field) {
        if (field.getType() == UUID.class) {
            return Types.OTHER;
        }
        return super.getJDBCTypeForSetNull(field);
    }
}
