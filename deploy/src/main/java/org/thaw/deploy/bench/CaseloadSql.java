package org.thaw.deploy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadQuery;
import org.thaw.patient.boundary.CaseloadSort;

/**
 * The dashboard's two statements exactly as {@code org.thaw.patient.boundary.CaseloadQuery} builds
 * them for the default triage order without a filter, sent over bare JDBC: the floor the REST call
 * is compared with. Derived from {@code CaseloadQuery.countSql}/{@code pageSql}, never copied, so
 * the two cannot drift; named parameters become {@code ?} in order of appearance.
 *
 * <p>Hibernate appends the page as {@code offset ? rows fetch first ? rows only} bind parameters;
 * this does the same.
 */
final class CaseloadSql {

    private static final Pattern NAMED = Pattern.compile(":([A-Za-z][A-Za-z0-9_]*)");

    /** CaseloadQuery's count, no flag condition: the one parameter is {@code :username}. */
    static final String COUNT = positional(CaseloadQuery.countSql(CaseloadFilter.NONE), List.of("username"));

    /** CaseloadQuery's rows statement with CaseloadSort.FLAGS ascending and no flag filter, then the page. */
    static final String PAGE = positional(
                    CaseloadQuery.pageSql(CaseloadFilter.NONE, CaseloadSort.FLAGS, false),
                    List.of("now", "today", "username"))
            + " offset ? rows fetch first ? rows only";

    /**
     * {@code sql} with each {@code :name} replaced by {@code ?}; refuses to start when the names, in
     * order, are not {@code expected} (the binding below would then be wrong).
     */
    static String positional(String sql, List<String> expected) {
        List<String> names = new ArrayList<>();
        Matcher m = NAMED.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        if (!names.equals(expected)) {
            throw new IllegalStateException(
                    "CaseloadQuery's parameters are now " + names + ", the benchmark binds " + expected);
        }
        return jdbc.toString();
    }

    private CaseloadSql() {}

    /** The first page's patient ids, in order; every column is read, as Hibernate does. */
    static List<String> page(Connection c, String username, Instant now, ZoneId practiceZone, int size)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(PAGE)) {
            bindPage(s, username, now, practiceZone, size);
            List<String> ids = new ArrayList<>(size);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    for (int i = 2; i <= 11; i++) {
                        rs.getObject(i);
                    }
                }
            }
            return ids;
        }
    }

    static long count(Connection c, String username) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COUNT)) {
            s.setString(1, username);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Binds the page statement as {@code CaseloadQuery} does: the application clock's instant (as a
     * timestamptz at UTC) and the practice's day at that instant (a LocalDate, bound as date).
     */
    static void bindPage(PreparedStatement s, String username, Instant now, ZoneId practiceZone, int size)
            throws SQLException {
        s.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        s.setObject(2, LocalDate.ofInstant(now, practiceZone));
        s.setString(3, username);
        s.setInt(4, 0);
        s.setInt(5, size);
    }
}
