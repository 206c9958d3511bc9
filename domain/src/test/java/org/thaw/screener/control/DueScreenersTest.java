package org.thaw.screener.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thaw.screener.boundary.DueScreener.Reason;
import org.thaw.screener.control.DueScreeners.Due;

/** What is due, and why: intake, assignments, follow-ups at their interval (docs/clinical-rules.md, "Screeners"). */
class DueScreenersTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 23);
    private static final int PRACTICE_DAYS = 14;

    /** The catalogue's own order, as the boundary passes it (PHQ-9 first, the numbness check last). */
    private static final List<String> ORDER = InstrumentCatalogue.standard().codes();

    private static List<Due> due(
            Map<String, LocalDate> lastDays, Map<String, LocalDate> assigned, Map<String, Integer> schedules) {
        return DueScreeners.due(ORDER, TODAY, lastDays, assigned, schedules, PRACTICE_DAYS);
    }

    private static List<Due> due(Map<String, LocalDate> lastDays) {
        return due(lastDays, Map.of(), Map.of());
    }

    /** The intake answered {@code back} days ago, all three instruments on the same day. */
    private static Map<String, LocalDate> intakeAnswered(int back) {
        Map<String, LocalDate> last = new LinkedHashMap<>();
        for (String code : DueScreeners.INTAKE) {
            last.put(code, TODAY.minusDays(back));
        }
        return last;
    }

    private static List<String> codes(List<Due> due) {
        return due.stream().map(Due::instrument).toList();
    }

    @Test
    void aNewPatientIsDueTheIntakeNumbnessCheckFirst() {
        assertEquals(
                List.of(
                        new Due("NUMBNESS", Reason.INTAKE, TODAY),
                        new Due("PHQ-9", Reason.INTAKE, TODAY),
                        new Due("GAD-7", Reason.INTAKE, TODAY)),
                due(Map.of()));
    }

    @Test
    void theIntakeAsksOnlyWhatIsStillUnanswered() {
        assertEquals(
                List.of(new Due("PHQ-9", Reason.INTAKE, TODAY), new Due("GAD-7", Reason.INTAKE, TODAY)),
                due(Map.of("NUMBNESS", TODAY)));
        assertEquals(List.of(), due(intakeAnswered(0)));
    }

    @Test
    void pcl5AndWho5AreDueOnlyWhenAssigned() {
        assertEquals(List.of(), due(intakeAnswered(3)), "never answered, but not part of the intake");

        LocalDate assignedOn = TODAY.minusDays(2);
        List<Due> due = due(intakeAnswered(3), Map.of("WHO-5", assignedOn, "PCL-5", assignedOn), Map.of());

        assertEquals(
                List.of(new Due("PCL-5", Reason.ASSIGNED, assignedOn), new Due("WHO-5", Reason.ASSIGNED, assignedOn)),
                due);
    }

    @Test
    void newPatientWithAnAssignmentGetsTheIntakeFirstThenTheAssignment() {
        assertEquals(
                List.of("NUMBNESS", "PHQ-9", "GAD-7", "PCL-5"), codes(due(Map.of(), Map.of("PCL-5", TODAY), Map.of())));
    }

    @Test
    void phq9AndGad7FollowUpExactlyFourteenDaysAfterTheLast() {
        assertEquals(List.of(), due(intakeAnswered(13)), "13 days: not yet");

        LocalDate last = TODAY.minusDays(14);
        assertEquals(
                List.of(
                        new Due("PHQ-9", Reason.FOLLOW_UP, last.plusDays(14)),
                        new Due("GAD-7", Reason.FOLLOW_UP, last.plusDays(14))),
                due(intakeAnswered(14)),
                "14 days: due today");

        assertEquals(
                List.of(
                        new Due("PHQ-9", Reason.FOLLOW_UP, TODAY.minusDays(6)),
                        new Due("GAD-7", Reason.FOLLOW_UP, TODAY.minusDays(6))),
                due(intakeAnswered(20)),
                "overdue: due since the last plus 14 days");
    }

    @Test
    void thePracticesIntervalIsUsedWithoutAScheduleOfTheirOwn() {
        assertEquals(List.of(), DueScreeners.due(ORDER, TODAY, intakeAnswered(20), Map.of(), Map.of(), 28));
        assertEquals(
                List.of("PHQ-9", "GAD-7"),
                codes(DueScreeners.due(ORDER, TODAY, intakeAnswered(7), Map.of(), Map.of(), 7)));
    }

    @Test
    void aPatientsOwnScheduleOverridesThePracticeInterval() {
        Map<String, Integer> weekly = Map.of("PHQ-9", 7);

        assertEquals(
                List.of(new Due("PHQ-9", Reason.FOLLOW_UP, TODAY)),
                due(intakeAnswered(7), Map.of(), weekly),
                "PHQ-9 weekly; GAD-7 still at the practice's 14 days");
        assertEquals(List.of(), due(intakeAnswered(6), Map.of(), weekly));

        Map<String, Integer> monthly = Map.of("PHQ-9", 28, "GAD-7", 28);
        assertEquals(List.of(), due(intakeAnswered(27), Map.of(), monthly), "longer than the practice's");
        assertEquals(List.of("PHQ-9", "GAD-7"), codes(due(intakeAnswered(28), Map.of(), monthly)));
    }

    @Test
    void aScheduleOfZeroTurnsFollowUpsOff() {
        assertEquals(
                List.of(new Due("GAD-7", Reason.FOLLOW_UP, TODAY.minusDays(86))),
                due(intakeAnswered(100), Map.of(), Map.of("PHQ-9", 0)));
        assertEquals(List.of(), due(intakeAnswered(100), Map.of(), Map.of("PHQ-9", 0, "GAD-7", 0)));
    }

    @Test
    void aScheduleOfZeroDoesNotSkipTheIntake() {
        assertEquals(List.of("NUMBNESS", "PHQ-9", "GAD-7"), codes(due(Map.of(), Map.of(), Map.of("PHQ-9", 0))));
    }

    @Test
    void anAssignmentWinsOverIntakeAndFollowUp() {
        LocalDate assignedOn = TODAY.minusDays(1);

        assertEquals(
                List.of(
                        new Due("NUMBNESS", Reason.INTAKE, TODAY),
                        new Due("PHQ-9", Reason.ASSIGNED, assignedOn),
                        new Due("GAD-7", Reason.INTAKE, TODAY)),
                due(Map.of(), Map.of("PHQ-9", assignedOn), Map.of()),
                "one entry per instrument, ASSIGNED rather than INTAKE");

        assertEquals(
                List.of(new Due("PHQ-9", Reason.ASSIGNED, assignedOn), new Due("GAD-7", Reason.FOLLOW_UP, TODAY)),
                due(intakeAnswered(14), Map.of("PHQ-9", assignedOn), Map.of()),
                "ASSIGNED rather than FOLLOW_UP");
    }

    @Test
    void otherInstrumentsHaveNoFollowUpWithoutASchedule() {
        Map<String, LocalDate> last = intakeAnswered(3);
        last.put("PCL-5", TODAY.minusDays(400));
        last.put("WHO-5", TODAY.minusDays(400));
        last.put("NUMBNESS", TODAY.minusDays(400));

        assertEquals(List.of(), due(last));
    }

    @Test
    void otherInstrumentsFollowUpOnTheirOwnSchedule() {
        Map<String, LocalDate> last = intakeAnswered(3);
        last.put("PCL-5", TODAY.minusDays(30));
        last.put("NUMBNESS", TODAY.minusDays(29));

        assertEquals(
                List.of(
                        new Due("NUMBNESS", Reason.FOLLOW_UP, TODAY.minusDays(1)),
                        new Due("PCL-5", Reason.FOLLOW_UP, TODAY)),
                due(last, Map.of(), Map.of("PCL-5", 30, "NUMBNESS", 28)));
    }

    @Test
    void anAssignmentsDayIsThePatientsDay() {
        assertEquals(
                LocalDate.of(2025, 3, 24),
                DueScreeners.day(Instant.parse("2025-03-23T23:30:00Z"), ZoneId.of("Europe/Oslo")));
    }
}
