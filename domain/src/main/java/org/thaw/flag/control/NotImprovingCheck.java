package org.thaw.flag.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.thaw.platform.Rows;
import org.thaw.practice.control.PracticeSettings;

/**
 * NOT_IMPROVING by the timer: a plan with no follow-up PHQ-9 by day 84 has no response to trigger
 * the rule, so the daily checks evaluate it for every patient whose plan started at least that long
 * ago (a day's margin for zones), who has an active care team and no active NOT_IMPROVING flag. One
 * set-based query finds them; {@link FlagEngine#notImproving} decides, in each patient's zone.
 * Runs in the daily checks' transaction, after {@link DisengagementCheck} took the lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NotImprovingCheck {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Inject
    FlagEngine engine;

    @Inject
    FlagSettings settings;

    @Inject
    PracticeSettings practice;

    @Inject
    Clock clock;

    /** Evaluates the candidates; returns how many had a flag opened or added to. */
    public int run() {
        int days = settings.notImprovingDays();
        var cutoff = clock.instant().minus(Duration.ofDays(days - 1L));
        @SuppressWarnings("unchecked")
        List<Tuple> candidates = em.createNativeQuery(
                        "select t.patient_id, p.time_zone from treatment_plan t join patient p on p.id = t.patient_id"
                                + " where t.started_at <= :cutoff"
                                + " and exists (select 1 from care_team_member m where m.patient_id = t.patient_id"
                                + "   and m.ended_at is null)"
                                + " and not exists (select 1 from flag f where f.patient_id = t.patient_id"
                                + "   and f.type = 'NOT_IMPROVING' and f.status <> 'RESOLVED')",
                        Tuple.class)
                .setParameter("cutoff", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
                .getResultList();
        int opened = 0;
        for (Tuple row : candidates) {
            if (engine.notImproving(Rows.uuid(row, "patient_id"), zoneOf(Rows.string(row, "time_zone")))) {
                opened++;
            }
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
