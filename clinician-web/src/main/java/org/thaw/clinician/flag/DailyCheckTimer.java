package org.thaw.clinician.flag;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.thaw.flag.boundary.DailyChecks;

/**
 * Runs the daily flag checks every hour (patients' days turn over at different hours in
 * different zones; the checks are idempotent). Only in the clinician app. Every instance of a
 * cluster has this timer; it is not persistent (Payara Micro does not coordinate persistent timers
 * across instances) and each run is recorded by its hour in the database, so one instance does
 * the work each hour and the others find the hour done ({@link DailyChecks#runOncePerHour}).
 *
 * <p>It runs at minute 7 of every hour; the setting {@code thaw.checks.minute} ({@code
 * THAW_CHECKS_MINUTE}) moves it: a minute (0-59), a list ({@code 7,37}) or {@code *} for every
 * minute (still once per hour: the hour's row stops the rest). A failure is logged and the next
 * hour's run tries again.
 */
@Singleton
@Startup
public class DailyCheckTimer {

    private static final Logger LOG = Logger.getLogger(DailyCheckTimer.class.getName());

    static final String MINUTE = "thaw.checks.minute";

    @Inject
    DailyChecks checks;

    @Inject
    Clock clock;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        String minute = ConfigProvider.getConfig(DailyCheckTimer.class.getClassLoader())
                .getOptionalValue(MINUTE, String.class)
                .map(String::trim)
                .filter(m -> m.matches("\\*|[0-9]{1,2}(,[0-9]{1,2})*"))
                .orElse("7");
        timers.createCalendarTimer(
                new ScheduleExpression().hour("*").minute(minute).second("0"),
                new TimerConfig("thaw-daily-flag-checks", false));
        LOG.info(() -> "Daily flag checks scheduled at minute " + minute + " of every hour");
    }

    @Timeout
    void run() {
        try {
            int opened = checks.runOncePerHour(clock.instant());
            if (opened > 0) {
                LOG.info(() -> "daily flag checks opened " + opened + " flag(s)");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "daily flag checks failed; retried on the next run", e);
        }
    }
}
