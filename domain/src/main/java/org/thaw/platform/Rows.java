package org.thaw.platform;

import jakarta.persistence.Tuple;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Columns of native queries, read by name: run the query with
 * {@code em.createNativeQuery(sql, Tuple.class)}, give every selected expression a lower-case
 * alias, and read each through here, never by position. The PostgreSQL driver and Hibernate hand
 * back a {@code date} or {@code timestamptz} as different types depending on the path, and a count
 * as a Long or an Integer, so every value reaches Java through these. Null stays null.
 */
public final class Rows {

    private Rows() {}

    public static UUID uuid(Tuple row, String column) {
        return row.get(column, UUID.class);
    }

    public static String string(Tuple row, String column) {
        return row.get(column, String.class);
    }

    /** A count or other integer column; null reads as 0 (a sum over no rows). */
    public static long longValue(Tuple row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static Instant instant(Tuple row, String column) {
        return instant(row.get(column));
    }

    public static LocalDate localDate(Tuple row, String column) {
        return localDate(row.get(column));
    }

    public static LocalDate localDate(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
