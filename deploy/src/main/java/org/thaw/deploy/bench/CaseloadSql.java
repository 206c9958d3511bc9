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

/**
 * The dashboard's two statements as {@code org.thaw.patient.boundary.CaseloadQuery} sends them for the
 * default triage order without a filter, written out here as plain SQL: the floor the REST call is
 * compared with. A copy, so that nothing in the application is opened up for the benchmark; when
 * {@code CaseloadQuery} changes, this copy has to follow (the benchmark checks that both return the
 * same patients in the same order).
 *
 * <p>Hibernate appends the page as {@code offset ? rows fetch first ? rows only} bind parameters;
 * the copy does the same.
 */
final class CaseloadSql {

    /** CaseloadQuery.FROM + its count (no flag condition). */
    static final String COUNT = "select count(*)"
            + " from care_team_member m"
            + " join clinician c on c.id = m.clinician_id"
            + " join patient p on p.id = m.patient_id"
            + " where c.username = ? and m.ended_at is null";

    /** CaseloadQuery.page's rows statement with CaseloadSort.FLAGS ascending and no flag filter. */
    static final String PAGE = "select p.id, p.first_name, p.last_name, m.role, last.entry_date, last.numbness, week.mean, prev.mean,"
            + " fl.flags, phq.total, phq.band"
            + " from care_team_member m"
            + " join clinician c on c.id = m.clinician_id"
            + " join patient p on p.id = m.patient_id"
            + " cross join lateral (select coalesce(local_today(p.time_zone, cast(? as timestamptz)),"
            + " cast(? as date)) as today) d"
            + " left join lateral (select e.entry_date, e.numbness from journal_entry e"
            + "   where e.patient_id = p.id order by e.entry_date desc limit 1) last on true"
            + " left join lateral (select avg(e.numbness) as mean from journal_entry e"
            + "   where e.patient_id = p.id and e.entry_date between d.today - 6 and d.today) week on true"
            + " left join lateral (select avg(e.numbness) as mean from journal_entry e"
            + "   where e.patient_id = p.id and e.entry_date between d.today - 13 and d.today - 7) prev on true"
            + " left join lateral (select max(case f.severity when 'URGENT' then 4 when 'HIGH' then 3"
            + "     when 'MEDIUM' then 2 else 1 end) as worst, min(f.opened_at) as oldest,"
            + "   string_agg(f.id || '|' || f.type || '|' || f.severity || '|' || f.status || '|'"
            + "     || case when f.type <> 'FUNCTIONAL_IMPACT' then '' when exists (select 1 from flag_evidence e"
            + "       where e.flag_id = f.id and e.source = 'JOURNAL') then 'J' else '' end, ','"
            + "     order by case f.severity when 'URGENT' then 4 when 'HIGH' then 3"
            + "     when 'MEDIUM' then 2 else 1 end desc, f.opened_at) as flags"
            + "   from flag f where f.patient_id = p.id and f.status <> 'RESOLVED') fl on true"
            + " left join lateral (select s.total, s.band from screener_response s"
            + "   where s.patient_id = p.id and s.instrument = 'PHQ-9'"
            + "   order by s.administered_on desc, s.submitted_at desc limit 1) phq on true"
            + " where c.username = ? and m.ended_at is null"
            + " order by fl.worst desc nulls last, fl.oldest asc nulls last, p.last_name, p.first_name, p.id"
            + " offset ? rows fetch first ? rows only";

    private CaseloadSql() {}

    /** The first page's patient ids, in order; every column is read, as Hibernate does. */
    static List<String> page(Connection c, String username, Instant now, ZoneId practiceZone, int size) throws SQLException {
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
