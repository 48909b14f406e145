package org.smartbizflow.crm.jpa.internal.shared;

import java.nio.ByteBuffer;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Reads the values native queries return, which differ by driver: a UUID column comes back as
 * a {@link UUID}, 16 bytes or text, a large text column as a {@link Clob} or a string.
 */
public final class NativeValues {

    private NativeValues() {
    }

    public static UUID uuid(Object value) {
        if (value instanceof UUID id) {
            return id;
        }
        if (value instanceof byte[] bytes && bytes.length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        return UUID.fromString(String.valueOf(value));
    }

    public static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read a text column", e);
            }
        }
        return value == null ? null : value.toString();
    }
}
