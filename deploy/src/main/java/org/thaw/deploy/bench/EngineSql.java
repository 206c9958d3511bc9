package org.thaw.deploy.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.UUID;

/**
 * The reads {@code org.thaw.flag.control.FlagEngine#journalWritten} makes for a write of today's
 * entry, as SQL: the facts of the widest window (14 days by default) by the {@code (patient_id,
 * entry_date)} index, then per journal rule the active flag of its type and either the count that
 * tells whether the same evidence is recorded already (an open flag) or the last resolution (none
 * open), then the severity check. Writes (new flags, new evidence) are left out: they happen only
 * when something changed, and the REST figures include them.
 */
final class EngineSql {

    static final String FACTS =
            "select id, entry_date, numbness, hopeless, functioning_impact, created_at from journal_entry"
                    + " where patient_id = ? and entry_date between ? and ? order by entry_date";
    static final String ACTIVE =
            "select id, patient_id, type, severity, status, opened_at, last_evidence_at, acknowledged_at,"
                    + " acknowledged_by, resolved_at, resolved_by, resolution_note, version from flag"
                    + " where patient_id = ? and type = ? and status <> ?";
    static final String REPEATS = "select count(id) from flag_evidence where flag_id = ? and summary = ? and refs = ?";
    static final String LAST_RESOLVED = "select max(resolved_at) from flag where patient_id = ? and type = ?";

    private static final String[] JOURNAL_RULES = {"PERSISTENT_NUMBNESS", "FUNCTIONAL_IMPACT", "HOPELESSNESS"};
    static final int WIDEST_WINDOW_DAYS = 14;

    private EngineSql() {}

    /** One evaluation's reads; returns how many journal rows the facts query read. */
    static int evaluate(Connection c, UUID patient, LocalDate today) throws SQLException {
        int facts = facts(c, patient, today.minusDays(WIDEST_WINDOW_DAYS - 1L), today);
        for (String type : JOURNAL_RULES) {
            UUID active = active(c, patient, type);
            if (active != null) {
                repeats(c, active);
            } else {
                lastResolved(c, patient, type);
            }
        }
        if (active(c, patient, "PERSISTENT_NUMBNESS") != null) {
            active(c, patient, "HOPELESSNESS");
        }
        return facts;
    }

    static int facts(Connection c, UUID patient, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(FACTS)) {
            s.setObject(1, patient);
            s.setObject(2, from);
            s.setObject(3, to);
            return drain(s);
        }
    }

    private static UUID active(Connection c, UUID patient, String type) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ACTIVE)) {
            s.setObject(1, patient);
            s.setString(2, type);
            s.setString(3, "RESOLVED");
            try (ResultSet rs = s.executeQuery()) {
                UUID id = null;
                while (rs.next()) {
                    id = rs.getObject(1, UUID.class);
                    for (int i = 2; i <= 13; i++) {
                        rs.getObject(i);
                    }
                }
                return id;
            }
        }
    }

    /** Whether this evidence is recorded already: its summary and the ids of the window's entries. */
    private static void repeats(Connection c, UUID flag) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REPEATS)) {
            s.setObject(1, flag);
            s.setString(2, "numbness ≥ 6 on 14 of 14 entries, 10 November – 23 November");
            s.setString(
                    3,
                    String.join(",", Collections.nCopies(14, UUID.randomUUID().toString())));
            drain(s);
        }
    }

    private static void lastResolved(Connection c, UUID patient, String type) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LAST_RESOLVED)) {
            s.setObject(1, patient);
            s.setString(2, type);
            drain(s);
        }
    }

    private static int drain(PreparedStatement s) throws SQLException {
        int rows = 0;
        try (ResultSet rs = s.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }
}
