package org.thaw.patient.boundary;

import jakarta.enterprise.inject.Vetoed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.thaw.flag.boundary.FlagType;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.platform.Rows;

/**
 * The dashboard's statements: one clinician's caseload, counted and paged in the database. No
 * access check and no audit here: {@link Caseload} does both and is the only caller inside the
 * application. A plain class over an {@link EntityManager}, so the benchmark can time exactly the
 * statements and row mapping the dashboard runs, beside the same SQL over bare JDBC.
 */
@Vetoed
public final class CaseloadQuery {

    private static final String FROM = " from care_team_member m"
            + " join clinician c on c.id = m.clinician_id"
            + " join patient p on p.id = m.patient_id"
            + " where c.username = :username and m.ended_at is null";

    /**
     * The rows' source: each patient's "today" is in their own zone, else the practice's, both at
     * the application clock's instant {@code :now} (never the database's {@code now()}).
     */
    private static final String FROM_ROWS = " from care_team_member m"
            + " join clinician c on c.id = m.clinician_id"
            + " join patient p on p.id = m.patient_id"
            + " cross join lateral (select coalesce(local_today(p.time_zone, cast(:now as timestamptz)),"
            + " cast(:today as date)) as today) d";

    private final EntityManager em;

    public CaseloadQuery(EntityManager em) {
        this.em = em;
    }

    /** How many active patients {@code username}'s caseload holds under a filter without {@code reviewDue}. */
    public long count(String username, CaseloadFilter filter) {
        if (filter.reviewDue()) {
            throw new IllegalArgumentException("a review-due filter needs the instant and the practice's zone");
        }
        return count(username, null, null, filter);
    }

    /**
     * How many active patients {@code username}'s caseload holds under the filter at the instant
     * {@code now} (a review is due on or after its day in the patient's zone, else {@code
     * practiceZone}).
     */
    public long count(String username, Instant now, ZoneId practiceZone, CaseloadFilter filter) {
        var query = em.createNativeQuery(countSql(filter)).setParameter("username", username);
        bindFilter(query, filter);
        if (filter.reviewDue()) {
            bindNow(query, now, practiceZone);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * One page of {@code username}'s caseload at the instant {@code now} (the application's clock):
     * a patient's day is counted in their own time zone, or in {@code practiceZone} when they have
     * none (or one PostgreSQL does not know).
     */
    public Page<CaseloadRow> page(
            String username,
            Instant now,
            ZoneId practiceZone,
            PageRequest request,
            CaseloadFilter filter,
            CaseloadSort sort,
            boolean descending) {
        long total = count(username, now, practiceZone, filter);
        var rowsQuery = em.createNativeQuery(pageSql(filter, sort, descending), Tuple.class)
                .setParameter("username", username)
                .setFirstResult(request.offset())
                .setMaxResults(request.size());
        bindFilter(rowsQuery, filter);
        bindNow(rowsQuery, now, practiceZone);
        @SuppressWarnings("unchecked")
        List<Tuple> rows = rowsQuery.getResultList();
        return new Page<>(rows.stream().map(CaseloadQuery::row).toList(), request.page(), request.size(), total);
    }

    /**
     * The count statement as the dashboard sends it, with the named parameter {@code :username} (and
     * the filter's; {@code :now} and {@code :today} only for {@code reviewDue}).
     */
    public static String countSql(CaseloadFilter filter) {
        return "select count(*)" + FROM + flagCondition(filter) + reviewCondition(filter, PATIENT_TODAY);
    }

    /**
     * The rows statement as the dashboard sends it, with named parameters {@code :now}, {@code
     * :today}, {@code :username} (and the filter's {@code :status}, {@code :type}); the page
     * ({@code offset ... fetch first ...}) is appended by Hibernate. Public so the benchmark times
     * exactly this SQL over bare JDBC, never a copy that could drift.
     */
    public static String pageSql(CaseloadFilter filter, CaseloadSort sort, boolean descending) {
        String flagStatuses = filter.status() == null ? "f.status <> 'RESOLVED'" : "f.status = :status";
        String flagType = filter.flagType() == null ? "" : " and f.type = :type";
        return "select p.id, p.first_name, p.last_name, m.role, last.entry_date, last.numbness,"
                + " week.mean as week_mean, prev.mean as prev_mean, fl.flags, phq.total as phq_total, phq.band as phq_band,"
                + " tp.review_on, tp.review_on <= d.today as review_due"
                + FROM_ROWS
                + " left join lateral (select e.entry_date, e.numbness from journal_entry e"
                + "   where e.patient_id = p.id order by e.entry_date desc limit 1) last on true"
                + " left join lateral (select avg(e.numbness) as mean from journal_entry e"
                + "   where e.patient_id = p.id and e.entry_date between d.today - 6 and d.today) week on true"
                + " left join lateral (select avg(e.numbness) as mean from journal_entry e"
                + "   where e.patient_id = p.id and e.entry_date between d.today - 13 and d.today - 7) prev on true"
                + " left join lateral (select max(case f.severity when 'URGENT' then 4 when 'HIGH' then 3"
                + "     when 'MEDIUM' then 2 else 1 end) as worst, min(f.opened_at) as oldest,"
                + "   string_agg(f.id || '|' || f.type || '|' || f.severity || '|' || f.status || '|'"
                // FUNCTIONAL_IMPACT is named by its evidence: one probe of a partial index, per such flag
                + "     || case when f.type <> 'FUNCTIONAL_IMPACT' then '' when exists (select 1 from flag_evidence e"
                + "       where e.flag_id = f.id and e.source = 'JOURNAL') then 'J' else '' end || '|'"
                + "     || coalesce(cast(extract(epoch from f.reopened_at) as text), ''), ','"
                + "     order by case f.severity when 'URGENT' then 4 when 'HIGH' then 3"
                + "     when 'MEDIUM' then 2 else 1 end desc, f.opened_at) as flags"
                + "   from flag f where f.patient_id = p.id and " + flagStatuses + flagType + ") fl on true"
                + " left join lateral (select s.total, s.band from screener_response s"
                + "   where s.patient_id = p.id and s.instrument = 'PHQ-9'"
                + "   order by s.administered_on desc, s.submitted_at desc limit 1) phq on true"
                + " left join treatment_plan tp on tp.patient_id = p.id"
                + " where c.username = :username and m.ended_at is null" + flagCondition(filter)
                + reviewCondition(filter, "d.today")
                + " order by " + (sort == null ? CaseloadSort.FLAGS : sort).orderBy(descending);
    }

    /** Patients with a flag matching the filter (only when it narrows). */
    private static String flagCondition(CaseloadFilter filter) {
        if (!filter.narrows()) {
            return "";
        }
        return " and exists (select 1 from flag f2 where f2.patient_id = p.id"
                + (filter.status() == null ? " and f2.status <> 'RESOLVED'" : " and f2.status = :status")
                + (filter.flagType() == null ? "" : " and f2.type = :type") + ")";
    }

    /** A patient's today in their zone, else the practice's, at {@code :now}. */
    private static final String PATIENT_TODAY =
            "coalesce(local_today(p.time_zone, cast(:now as timestamptz)), cast(:today as date))";

    /** Patients whose plan's review day is on or before {@code today} (only when the filter asks). */
    private static String reviewCondition(CaseloadFilter filter, String today) {
        if (!filter.reviewDue()) {
            return "";
        }
        return " and exists (select 1 from treatment_plan t where t.patient_id = p.id and t.review_on <= " + today
                + ")";
    }

    private static void bindNow(Query query, Instant now, ZoneId practiceZone) {
        query.setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("today", LocalDate.ofInstant(now, practiceZone));
    }

    private static void bindFilter(Query query, CaseloadFilter filter) {
        if (filter.status() != null) {
            query.setParameter("status", filter.status().name());
        }
        if (filter.flagType() != null) {
            query.setParameter("type", filter.flagType().name());
        }
    }

    private static CaseloadRow row(Tuple r) {
        String first = Rows.string(r, "first_name");
        String last = Rows.string(r, "last_name");
        return new CaseloadRow(
                Rows.uuid(r, "id"),
                first + " " + last,
                first,
                last,
                CareTeamRole.valueOf(Rows.string(r, "role")),
                Rows.localDate(r, "entry_date"),
                integer(r.get("numbness")),
                mean(r.get("week_mean")),
                mean(r.get("prev_mean")),
                badges(Rows.string(r, "flags")),
                integer(r.get("phq_total")),
                Rows.string(r, "phq_band"),
                Rows.localDate(r, "review_on"),
                Boolean.TRUE.equals(r.get("review_due")));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    /** "1764751234.123456" (PostgreSQL's epoch seconds) as an instant. */
    private static Instant epochSeconds(String seconds) {
        BigDecimal s = new BigDecimal(seconds);
        return Instant.ofEpochSecond(
                s.longValue(), s.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }

    private static Double mean(Object value) {
        return value == null
                ? null
                : new BigDecimal(value.toString())
                        .setScale(1, RoundingMode.HALF_UP)
                        .doubleValue();
    }

    private static List<CaseloadRow.FlagBadge> badges(String flags) {
        if (flags == null || flags.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(flags.split(","))
                .map(f -> f.split("\\|", -1))
                .map(p -> new CaseloadRow.FlagBadge(
                        UUID.fromString(p[0]),
                        p[1],
                        p[2],
                        p[3],
                        FlagType.valueOf(p[1]).label(p.length > 4 && "J".equals(p[4])),
                        p.length > 5 && !p[5].isEmpty() ? epochSeconds(p[5]) : null))
                .toList();
    }
}
