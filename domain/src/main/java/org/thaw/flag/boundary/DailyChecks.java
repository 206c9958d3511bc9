package org.thaw.flag.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.CheckRuns;
import org.thaw.flag.control.DisengagementCheck;
import org.thaw.flag.control.NotImprovingCheck;

/**
 * The flag checks that no new fact triggers, run by a timer of the clinician app. Every app
 * instance has the timer: {@link #runOncePerHour(Instant)} records the hour's run in a row (table
 * {@code check_run}), so one instance does the work each hour and the others do nothing.
 */
@ApplicationScoped
@Transactional
public class DailyChecks {

    @Inject
    DisengagementCheck disengagement;

    @Inject
    NotImprovingCheck notImproving;

    @Inject
    CheckRuns runs;

    @Inject
    Clock clock;

    /** The job's name in {@code check_run}. */
    public static final String JOB = "daily-flag-checks";

    /**
     * Opens DISENGAGED flags and NOT_IMPROVING ones (plans with no follow-up PHQ-9 by day 84 too);
     * returns how many flags were opened or added to, or -1 when another instance was running the
     * checks.
     */
    @Audited(action = AuditAction.CREATE, recordType = "flag")
    public int run() {
        int opened = disengagement.run();
        if (opened < 0) {
            return opened;
        }
        return opened + notImproving.run();
    }

    /**
     * Runs the checks for the hour {@code at} falls in, unless that hour's run is recorded already
     * (by this instance or another): then returns -1 and changes nothing. Two instances at once:
     * the second waits for the first's transaction and then finds its row. Returns how many flags
     * were opened or added to.
     */
    @Audited(action = AuditAction.CREATE, recordType = "flag")
    public int runOncePerHour(Instant at) {
        Instant hour = CheckRuns.hourOf(at);
        if (!runs.claim(JOB, hour, clock.instant())) {
            return -1;
        }
        int opened = disengagement.check() + notImproving.run();
        runs.finish(JOB, hour, opened);
        return opened;
    }
}
