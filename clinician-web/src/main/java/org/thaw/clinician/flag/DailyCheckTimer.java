package org.thaw.clinician.flag;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thaw.flag.boundary.DailyChecks;

/**
 * Runs the daily flag checks every hour (patients' days turn over at different hours in
 * different zones; the checks are idempotent). Only in the clinician app; with several instances
 * a database lock lets one do the work. A failure is logged and retried on the next run.
 */
@Singleton
public class DailyCheckTimer {

    private static final Logger LOG = Logger.getLogger(DailyCheckTimer.class.getName());

    @Inject
    DailyChecks checks;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "thaw-daily-flag-checks")
    void run() {
        try {
            int opened = checks.run();
            if (opened > 0) {
                LOG.info(() -> "daily flag checks opened " + opened + " flag(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "daily flag checks failed; retried on the next run", e);
        }
    }
}
