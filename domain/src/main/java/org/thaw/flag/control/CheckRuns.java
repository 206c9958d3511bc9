package org.thaw.flag.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The record of timed jobs' runs ({@code check_run}): one row per job and hour, so a job runs
 * once an hour across every app instance, and that it did is checkable.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CheckRuns {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /** The whole UTC hour {@code instant} falls in. */
    public static Instant hourOf(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * Claims the job's run for the hour in the current transaction: true when this caller is the
     * first; false when the hour's row exists already (another instance ran it). While another
     * instance's transaction holds the row uncommitted, this waits for it: committed, this gets
     * false; rolled back, true.
     */
    public boolean claim(String job, Instant hour, Instant now) {
        int inserted = em.createNativeQuery("insert into check_run (job, run_hour, started_at)"
                        + " values (:job, :hour, :now) on conflict do nothing")
                .setParameter("job", job)
                .setParameter("hour", OffsetDateTime.ofInstant(hourOf(hour), ZoneOffset.UTC))
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .executeUpdate();
        return inserted == 1;
    }

    /** Records how many flags the claimed run opened. */
    public void finish(String job, Instant hour, int opened) {
        em.createNativeQuery("update check_run set opened = :opened where job = :job and run_hour = :hour")
                .setParameter("opened", opened)
                .setParameter("job", job)
                .setParameter("hour", OffsetDateTime.ofInstant(hourOf(hour), ZoneOffset.UTC))
                .executeUpdate();
    }
}
