package com.becflow.db;

import java.util.UUID;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.converters.UUIDConverter;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets a UUID column be null (an invoice's contract, a credit note's invoice). EclipseLink's own UUID converter
 * reads a null column as a NullPointerException; every UUID attribute gets one that reads null as null.
 * Binding a null UUID is {@link BecflowPostgreSQLPlatform}'s part.
 */
public class NullableUuids implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct && isUuid(descriptor.getJavaClass(), mapping.getAttributeName())) {
                    direct.setConverter(new NullSafeUuidConverter());
                }
            }
        }
    }

    private static boolean isUuid(Class<?> type, String attribute) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(attribute).getType() == UUID.class;
            } catch (NoSuchFieldException inSuperclass) {
                // keep looking up the hierarchy
            }
        }
        return false;
    }

    static final class NullSafeUuidConverter extends UUIDConverter {

        @Override
        public Object convertDataValueToObjectValue(Object value, Session session) {
            return value == null ? null : super.convertDataValueToObjectValue(value, session);
        }


        @Override
        public Object convertObjectValueToDataValue(Object value, Session session) {
            return value == null ? null : super.convertObjectValueToDataValue(value, session);
        }
    }
}
