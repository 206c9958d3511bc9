package org.thaw.flag.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.flag.entity.Flag;
import org.thaw.platform.Rows;
import org.thaw.practice.control.PracticeSettings;

/**
 * DISENGAGED: no journal entry and no screener response of their own on each of the last 7 days
 * (today included, in the patient's zone) from a patient who had at least 3 entries in the 14 days
 * before that gap, among patients with an active care team (at least one assignment not ended: nobody
 * else would read the flag). LOW. One set-based query finds the patients; the lifecycle is the engine's: a new
 * flag only if none is active and the gap began after the last resolution.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DisengagementCheck {

    /** Key of the PostgreSQL advisory lock that lets one instance run the check at a time. */
    static final long LOCK_KEY = 0x7468_6177_0001L;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Inject
    FlagSettings settings;

    @Inject
    PracticeSettings practice;

    @Inject
    Clock clock;

    /**
     * Runs the check unless another instance holds the lock (then returns -1); returns how many
     * flags it opened.
     */
    public int run() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:key)")
                .setParameter("key", LOCK_KEY)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return -1;
        }
        return check();
    }

    /**
     * Runs the check without the lock, for a caller that made sure by other means that no other
     * instance runs it now (the hour's {@link CheckRuns} row); returns how many flags it opened.
     */
    public int check() {
        FlagThresholds t = settings.thresholds();
        int gap = t.disengagedGapDays();
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Tuple> candidates = em.createNativeQuery(
                        "with d as (select p.id, p.time_zone,"
                                + " coalesce(local_today(p.time_zone, cast(:now as timestamptz)), cast(:today as date)) as today"
                                + " from patient p)"
                                + " select d.id as patient_id, d.today, prior.entries, greatest(prior.last_entry, (select max(s.administered_on)"
                                + "   from screener_response s where s.patient_id = d.id and s.source = 'PATIENT'"
                                + "   and s.administered_on between d.today - :gap - :prior + 1 and d.today - :gap)) as last_answered,"
                                + " d.time_zone from d"
                                + " cross join lateral (select count(*) as entries, max(e.entry_date) as last_entry"
                                + "   from journal_entry e where e.patient_id = d.id"
                                + "   and e.entry_date between d.today - :gap - :prior + 1 and d.today - :gap) prior"
                                + " where prior.entries >= :priorMin"
                                + " and exists (select 1 from care_team_member m where m.patient_id = d.id and m.ended_at is null)"
                                + " and not exists (select 1 from journal_entry e where e.patient_id = d.id"
                                + "   and e.entry_date between d.today - :gap + 1 and d.today)"
                                + " and not exists (select 1 from screener_response s where s.patient_id = d.id"
                                + "   and s.source = 'PATIENT' and s.administered_on between d.today - :gap + 1 and d.today)"
                                + " and not exists (select 1 from flag f where f.patient_id = d.id and f.type = 'DISENGAGED'"
                                + "   and f.status <> 'RESOLVED')",
                        Tuple.class)
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .setParameter("today", LocalDate.ofInstant(now, practice.timeZone()))
                .setParameter("gap", gap)
                .setParameter("prior", t.disengagedPriorDays())
                .setParameter("priorMin", t.disengagedPriorMinEntries())
                .getResultList();
        int opened = 0;
        for (Tuple row : candidates) {
            UUID patientId = Rows.uuid(row, "patient_id");
            LocalDate today = Rows.localDate(row, "today");
            LocalDate gapStart = today.minusDays(gap - 1L);
            // the silence began the day after the last entry or screener the patient answered, which may
            // be well before the window
            LocalDate silentSince = Rows.localDate(row, "last_answered").plusDays(1);
            ZoneId zone = zoneOf(Rows.string(row, "time_zone"));
            Instant resolvedAt = em.createNamedQuery(Flag.LAST_RESOLVED_AT, Instant.class)
                    .setParameter("patientId", patientId)
                    .setParameter("type", FlagType.DISENGAGED)
                    .getSingleResult();
            if (resolvedAt != null && !silentSince.isAfter(LocalDate.ofInstant(resolvedAt, zone))) {
                continue; // the same silence was already seen and resolved
            }
            long entries = Rows.longValue(row, "entries");
            Evidence evidence = new Evidence(
                    EvidenceMessage.of(
                            "evidence.disengaged",
                            new Count(gap),
                            new Day(gapStart),
                            new Day(today),
                            new Count(entries),
                            new Count(t.disengagedPriorDays())),
                    "no check-ins on " + gap + " days, " + Wording.span(gapStart, today) + ", after "
                            + entries + " entries in the " + t.disengagedPriorDays()
                            + " days before",
                    gapStart,
                    today,
                    List.of());
            em.persist(Flag.open(patientId, FlagType.DISENGAGED, Severity.LOW, now, evidence));
            opened++;
        }
        return opened;
    }

    private ZoneId zoneOf(String id) {
        if (id != null && !id.isBlank()) {
            try {
                return ZoneId.of(id);
            } catch (DateTimeException invalid) {
                // fall through to the practice's zone, as the patient's day does
            }
        }
        return practice.timeZone();
    }
}
