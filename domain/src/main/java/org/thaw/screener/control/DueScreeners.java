package org.thaw.screener.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thaw.screener.boundary.DueScreener.Reason;
import org.thaw.screener.boundary.FollowUp.Basis;

/**
 * What a patient should answer now. Plain Java over what the store read, so each case is tested
 * without a database:
 *
 * <ul>
 *   <li><b>intake</b>: the numbness check, PHQ-9 and GAD-7 until first answered;
 *   <li><b>asked for</b>: an instrument a clinician assigned and the patient has not answered since;
 *   <li><b>follow-up</b>: an instrument whose interval has passed since it was last answered. PHQ-9
 *       and GAD-7 follow the practice's interval (14 days by default) unless the patient has their
 *       own; other instruments only when a clinician set one. An interval of 0 turns it off.
 * </ul>
 *
 * The list has the intake's instruments first, in the intake's order (numbness check first), then the
 * others in the catalogue's order; one entry per instrument.
 */
public final class DueScreeners {

    /** What a new patient's intake asks, in this order; PCL-5 and WHO-5 join when assigned. */
    public static final List<String> INTAKE = List.of("NUMBNESS", "PHQ-9", "GAD-7");

    /** Instruments that follow the practice's interval without a schedule of their own. */
    public static final Set<String> FOLLOWED_UP = Set.of("PHQ-9", "GAD-7");

    /** One instrument due, why, and since when (the patient's day). */
    public record Due(String instrument, Reason reason, LocalDate since) {}

    private DueScreeners() {}

    /**
     * @param order the instruments in display order (the catalogue's codes); the intake's come first whatever
     *     their place here
     * @param lastDays the day each instrument was last answered (absent: never)
     * @param assigned open assignments and when each was made
     * @param schedules the patient's own intervals (0: none)
     * @param practiceDays the practice's interval for PHQ-9 and GAD-7
     */
    public static List<Due> due(
            List<String> order,
            LocalDate today,
            Map<String, LocalDate> lastDays,
            Map<String, LocalDate> assigned,
            Map<String, Integer> schedules,
            int practiceDays) {
        List<String> codes =
                new ArrayList<>(INTAKE.stream().filter(order::contains).toList());
        order.stream().filter(code -> !codes.contains(code)).forEach(codes::add);
        List<Due> due = new ArrayList<>();
        for (String code : codes) {
            LocalDate last = lastDays.get(code);
            if (assigned.containsKey(code)) {
                due.add(new Due(code, Reason.ASSIGNED, assigned.get(code)));
            } else if (last == null && INTAKE.contains(code)) {
                due.add(new Due(code, Reason.INTAKE, today));
            } else if (last != null) {
                int every = interval(code, schedules, practiceDays);
                if (every > 0 && !last.plusDays(every).isAfter(today)) {
                    due.add(new Due(code, Reason.FOLLOW_UP, last.plusDays(every)));
                }
            }
        }
        return List.copyOf(due);
    }

    /**
     * The interval in force for an instrument: the patient's own, else the practice's for PHQ-9 and
     * GAD-7, else 0 (only when assigned). 0 means no follow-up by schedule.
     */
    public static int interval(String code, Map<String, Integer> schedules, int practiceDays) {
        return schedules.getOrDefault(code, FOLLOWED_UP.contains(code) ? practiceDays : 0);
    }

    /** Where {@link #interval} takes the interval from. */
    public static Basis basis(String code, Map<String, Integer> schedules) {
        return schedules.containsKey(code)
                ? Basis.PATIENT
                : FOLLOWED_UP.contains(code) ? Basis.PRACTICE : Basis.ASSIGNED_ONLY;
    }

    /** When an assignment was made, as the patient's day (for {@link #due}). */
    public static LocalDate day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone);
    }
}
