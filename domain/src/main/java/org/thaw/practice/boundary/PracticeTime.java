package org.thaw.practice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.thaw.practice.control.PracticeSettings;

/**
 * The practice's time for the screens: its time zone setting, the zone to show a patient's days
 * in, and today by the application's {@link Clock}. A missing or unknown zone means the practice's,
 * never the server's or UTC. No patient data, so no caller check and no audit.
 */
@ApplicationScoped
@Transactional
public class PracticeTime {

    @Inject
    PracticeSettings settings;

    @Inject
    Clock clock;

    /** The practice's time zone setting: the clinicians' zone, and a patient's without one of their own. */
    public ZoneId zone() {
        return settings.timeZone();
    }

    /**
     * The zone named {@code id} (a patient's, as their profile gives it), or the practice's when
     * {@code id} is missing, blank or not a zone.
     */
    public ZoneId zone(String id) {
        return zoneOr(id, this::zone);
    }

    /** Today in {@code zone} by the application's clock. */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    static ZoneId zoneOr(String id, Supplier<ZoneId> practice) {
        if (id == null || id.isBlank()) {
            return practice.get();
        }
        try {
            return ZoneId.of(id.trim());
        } catch (DateTimeException unknown) {
            return practice.get();
        }
    }
}
