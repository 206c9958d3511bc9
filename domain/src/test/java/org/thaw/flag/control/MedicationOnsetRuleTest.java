package org.thaw.flag.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.EvidenceMessage.Mean;
import org.thaw.flag.boundary.EvidenceMessage.Parts;
import org.thaw.flag.boundary.EvidenceMessage.Text;
import org.thaw.flag.boundary.EvidenceMessage.Word;
import org.thaw.flag.entity.Evidence;
import org.thaw.medication.boundary.DoseUnit;
import org.thaw.medication.boundary.Frequency;
import org.thaw.medication.control.CourseFact;
import org.thaw.medication.control.CourseFact.Step;

/** MEDICATION_ONSET at its edges (docs/clinical-rules.md, "Rules implemented now"). */
class MedicationOnsetRuleTest {

    private static final FlagThresholds T = FlagThresholds.DEFAULTS;
    private static final OnsetThresholds M = OnsetThresholds.DEFAULTS;
    private static final LocalDate DAY = LocalDate.of(2026, 6, 30);
    private static final MedicationOnsetRule RULE = new MedicationOnsetRule();

    // --- facts ---

    private static JournalFact entry(LocalDate date, int numbness) {
        return new JournalFact(
                UUID.randomUUID(),
                date,
                numbness,
                null,
                null,
                date.atTime(20, 0).toInstant(ZoneOffset.UTC));
    }

    /** One entry a day, {@code from} to {@code to} inclusive, each with this numbness. */
    private static List<JournalFact> daily(LocalDate from, LocalDate to, int numbness) {
        List<JournalFact> facts = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            facts.add(entry(d, numbness));
        }
        return facts;
    }

    /** A numb run: one entry a day with numbness 8 from {@code runStart} to the evaluation day. */
    private static List<JournalFact> numbFrom(LocalDate runStart) {
        return daily(runStart, DAY, 8);
    }

    private static Step step(LocalDate on, String dose, DoseUnit unit, Frequency frequency) {
        return new Step(on, new BigDecimal(dose), unit, frequency);
    }

    private static CourseFact course(String drug, Step... steps) {
        return new CourseFact(UUID.randomUUID(), drug, true, steps[0].on(), null, List.of(steps));
    }

    private static CourseFact sertraline(LocalDate startedOn) {
        return course("sertraline", step(startedOn, "50", DoseUnit.MG, Frequency.DAILY));
    }

    private static List<Evidence> evaluate(List<JournalFact> facts, CourseFact... courses) {
        return RULE.evaluate(facts, List.of(courses), DAY, T, M, (Resolution) null);
    }

    private static Optional<Evidence> persistent(List<JournalFact> facts, CourseFact... courses) {
        return evaluate(facts, courses).stream()
                .filter(e -> e.summary().startsWith("numbness ≥ 6"))
                .findFirst();
    }

    private static Optional<Evidence> meanShift(List<JournalFact> facts, CourseFact... courses) {
        return evaluate(facts, courses).stream()
                .filter(e -> e.summary().startsWith("mean numbness"))
                .findFirst();
    }

    // --- (a): a persistent-numbness run that began 7–56 days after the event ---

    @Nested
    class PersistentRunAfterAnEvent {

        private final LocalDate runStart = DAY.minusDays(13);

        @Test
        void aRunSixDaysAfterTheStartDoesNotCountSevenDaysDoes() {
            assertFalse(persistent(numbFrom(runStart), sertraline(runStart.minusDays(6)))
                    .isPresent());
            Evidence evidence = persistent(numbFrom(runStart), sertraline(runStart.minusDays(7)))
                    .orElseThrow();
            assertEquals(
                    "numbness ≥ 6 on 14 of 14 entries, 17–30 June, a run from 17 June 2026: 7 days after the start"
                            + " of sertraline 50 mg once a day on 10 June 2026",
                    evidence.summary());
            EvidenceMessage window = EvidenceMessage.of(
                    "evidence.persistent", new Count(6), new Count(14), new Count(14), new Day(runStart), new Day(DAY));
            EvidenceMessage start = EvidenceMessage.of(
                    "evidence.event.start",
                    new Text("sertraline"),
                    Parts.of(EvidenceMessage.of(
                            "evidence.dose",
                            new Text("50"),
                            new Text("mg"),
                            new Word("meds.frequency.daily", "once a day"))),
                    new Day(runStart.minusDays(7)));
            assertEquals(
                    EvidenceMessage.of(
                            "evidence.onset.run",
                            Parts.of(window),
                            new Day(runStart),
                            Parts.of(EvidenceMessage.of("evidence.onset.after", new Count(7), Parts.of(start)))),
                    evidence.message(),
                    "the frequency as a word of the pages, the drug as recorded");
            assertEquals(runStart.minusDays(7), evidence.windowStart(), "the evidence starts at the event");
            assertEquals(DAY, evidence.windowEnd());
        }

        @Test
        void eightWeeksAfterTheStartCountsEightWeeksAndADayDoesNot() {
            assertTrue(persistent(numbFrom(runStart), sertraline(runStart.minusDays(56)))
                    .isPresent());
            assertFalse(persistent(numbFrom(runStart), sertraline(runStart.minusDays(57)))
                    .isPresent());
        }

        @Test
        void theEvidenceNamesTheCourseFirstThenTheNumbEntries() {
            CourseFact course = sertraline(runStart.minusDays(20));
            List<JournalFact> facts = numbFrom(runStart);
            Evidence evidence = persistent(facts, course).orElseThrow();
            assertEquals(course.courseId(), evidence.refs().get(0));
            assertEquals(
                    facts.stream().map(JournalFact::entryId).toList(),
                    evidence.refs().subList(1, evidence.refs().size()));
        }

        @Test
        void noPersistentNumbnessWindowNoFlag() {
            List<JournalFact> facts = daily(runStart.plusDays(5), DAY, 8); // 9 entries: below 10
            assertFalse(persistent(facts, sertraline(runStart.minusDays(20))).isPresent());
        }

        @Test
        void aRunThatBeganBeforeTheStartDoesNotCount() {
            LocalDate started = DAY.minusDays(30);
            List<JournalFact> facts = daily(started.minusDays(3), DAY, 8); // numb since 3 days before the start
            assertFalse(persistent(facts, sertraline(started)).isPresent());
        }

        @Test
        void aNumbEntryInTheFourteenDaysBeforeTheStartStopsItAndOneFifteenDaysBeforeDoesNot() {
            LocalDate started = runStart.minusDays(20);
            List<JournalFact> facts = new ArrayList<>(numbFrom(runStart));
            facts.add(entry(started.minusDays(15), 9));
            assertTrue(persistent(facts, sertraline(started)).isPresent(), "15 days before: outside the 14");
            facts.add(entry(started.minusDays(14), 9));
            assertFalse(persistent(facts, sertraline(started)).isPresent(), "14 days before: a run under way");
        }

        @Test
        void theRunIsFollowedBackSoAWindowLaterInALongRunStillNamesItsRealStart() {
            // numb since 3 days after the start: on any later day the window's first numb entry is
            // 7 or more days after the start, but the run began 3 days after it
            LocalDate started = DAY.minusDays(25);
            assertFalse(persistent(daily(started.plusDays(3), DAY, 8), sertraline(started))
                    .isPresent());
        }

        @Test
        void aDoseIncreaseIsAnEventOfItsOwn() {
            LocalDate started = runStart.minusDays(90);
            CourseFact course = course(
                    "sertraline",
                    step(started, "50", DoseUnit.MG, Frequency.DAILY),
                    step(runStart.minusDays(10), "100", DoseUnit.MG, Frequency.DAILY));
            Evidence evidence = persistent(numbFrom(runStart), course).orElseThrow();
            assertTrue(
                    evidence.summary()
                            .endsWith("10 days after the dose increase of sertraline to 100 mg once a day"
                                    + " on 7 June 2026"),
                    evidence.summary());
            EvidenceMessage after =
                    ((Parts) evidence.message().args().get(2)).parts().get(0);
            EvidenceMessage event = ((Parts) after.args().get(1)).parts().get(0);
            assertEquals("evidence.event.increase", event.key());
        }

        @Test
        void aDoseDecreaseIsNoEvent() {
            LocalDate started = runStart.minusDays(90);
            CourseFact course = course(
                    "sertraline",
                    step(started, "100", DoseUnit.MG, Frequency.DAILY),
                    step(runStart.minusDays(10), "50", DoseUnit.MG, Frequency.DAILY));
            assertFalse(persistent(numbFrom(runStart), course).isPresent());
        }

        @Test
        void aUnitChangeIsNoEventEvenWithABiggerNumber() {
            LocalDate started = runStart.minusDays(90);
            CourseFact course = course(
                    "fluoxetine",
                    step(started, "20", DoseUnit.MG, Frequency.DAILY),
                    step(runStart.minusDays(10), "5", DoseUnit.ML, Frequency.DAILY));
            assertFalse(persistent(numbFrom(runStart), course).isPresent());
        }

        @Test
        void theDailyDoseCountsNotTheDoseSoTwiceADayOfTheSameIsAnIncrease() {
            LocalDate started = runStart.minusDays(90);
            CourseFact twice = course(
                    "venlafaxine",
                    step(started, "75", DoseUnit.MG, Frequency.DAILY),
                    step(runStart.minusDays(10), "75", DoseUnit.MG, Frequency.TWICE_DAILY));
            assertTrue(persistent(numbFrom(runStart), twice).isPresent());
            CourseFact sameDaily = course(
                    "venlafaxine",
                    step(started, "150", DoseUnit.MG, Frequency.DAILY),
                    step(runStart.minusDays(10), "75", DoseUnit.MG, Frequency.TWICE_DAILY));
            assertFalse(persistent(numbFrom(runStart), sameDaily).isPresent(), "150 a day either way");
        }

        @Test
        void asNeededNeverCountsAtItsStartOrAroundAChange() {
            LocalDate started = runStart.minusDays(10);
            assertFalse(persistent(
                            numbFrom(runStart),
                            course("mirtazapine", step(started, "15", DoseUnit.MG, Frequency.AS_NEEDED)))
                    .isPresent());
            CourseFact toRegular = course(
                    "mirtazapine",
                    step(started.minusDays(60), "15", DoseUnit.MG, Frequency.AS_NEEDED),
                    step(started, "15", DoseUnit.MG, Frequency.DAILY));
            assertFalse(persistent(numbFrom(runStart), toRegular).isPresent());
        }

        @Test
        void aDrugThatIsNotAnAntidepressantNeverCounts() {
            CourseFact other = new CourseFact(
                    UUID.randomUUID(),
                    "propranolol",
                    false,
                    runStart.minusDays(10),
                    null,
                    List.of(step(runStart.minusDays(10), "40", DoseUnit.MG, Frequency.DAILY)));
            assertFalse(persistent(numbFrom(runStart), other).isPresent());
        }

        @Test
        void aCourseStoppedBeforeTheRunBeganDoesNotCount() {
            LocalDate started = runStart.minusDays(20);
            CourseFact stopped = new CourseFact(
                    UUID.randomUUID(),
                    "sertraline",
                    true,
                    started,
                    runStart.minusDays(1),
                    List.of(step(started, "50", DoseUnit.MG, Frequency.DAILY)));
            assertFalse(persistent(numbFrom(runStart), stopped).isPresent());
        }

        @Test
        void twoOverlappingCoursesMakeOneEvidenceNamingBoth() {
            CourseFact sertraline = sertraline(runStart.minusDays(30));
            CourseFact bupropion =
                    course("bupropion", step(runStart.minusDays(12), "150", DoseUnit.MG, Frequency.DAILY));
            List<Evidence> found = evaluate(numbFrom(runStart), sertraline, bupropion).stream()
                    .filter(e -> e.summary().startsWith("numbness ≥ 6"))
                    .toList();
            assertEquals(1, found.size());
            Evidence evidence = found.get(0);
            assertEquals(
                    List.of(sertraline.courseId(), bupropion.courseId()),
                    evidence.refs().subList(0, 2));
            assertTrue(
                    evidence.summary().contains("30 days after the start of sertraline")
                            && evidence.summary().contains("; 12 days after the start of bupropion 150 mg once a day"),
                    evidence.summary());
        }

        @Test
        void afterAResolutionOnlyAWindowWrittenWhollyAfterItCounts() {
            List<JournalFact> facts = numbFrom(runStart);
            Instant lastWritten = facts.get(facts.size() - 1).createdAt();
            List<CourseFact> courses = List.of(sertraline(runStart.minusDays(20)));
            assertTrue(
                    RULE
                            .evaluate(
                                    facts,
                                    courses,
                                    DAY,
                                    T,
                                    M,
                                    runStart.atStartOfDay().toInstant(ZoneOffset.UTC))
                            .stream()
                            .anyMatch(e -> e.summary().startsWith("numbness ≥ 6")));
            assertTrue(RULE.evaluate(facts, courses, DAY, T, M, lastWritten).stream()
                    .noneMatch(e -> e.summary().startsWith("numbness ≥ 6")));
        }
    }

    // --- (b): the mean of the last 7 days 3 points above the 7 days before the event ---

    @Nested
    class MeanShift {

        private final LocalDate started = DAY.minusDays(20);

        /** {@code before} entries of numbness 2 in the 7 days before the start, {@code recent} of 5 in the last 7 days. */
        private List<JournalFact> facts(int before, int recent) {
            List<JournalFact> facts = new ArrayList<>();
            for (int i = 1; i <= before; i++) {
                facts.add(entry(started.minusDays(i), 2));
            }
            for (int i = 0; i < recent; i++) {
                facts.add(entry(DAY.minusDays(i), 5));
            }
            return facts;
        }

        @Test
        void fourEntriesOnEachSideAreEnough() {
            Evidence evidence = meanShift(facts(4, 4), sertraline(started)).orElseThrow();
            assertEquals(
                    "mean numbness 5.0 over 4 entries, 24–30 June, 3.0 points above 2.0 over 4 entries in the 7 days"
                            + " before the start of sertraline 50 mg once a day on 10 June 2026 (20 days earlier)",
                    evidence.summary());
            EvidenceMessage message = evidence.message();
            assertEquals("evidence.onset.mean", message.key());
            assertEquals(
                    List.of(Mean.of(5), new Count(4), new Day(DAY.minusDays(6)), new Day(DAY)),
                    message.args().subList(0, 4));
            EvidenceMessage rise = ((Parts) message.args().get(4)).parts().get(0);
            assertEquals("evidence.onset.rise", rise.key());
            assertEquals(
                    List.of(Mean.of(3), Mean.of(2), new Count(4), new Count(7)),
                    rise.args().subList(0, 4));
            assertEquals(new Count(20), rise.args().get(5));
            assertEquals(1 + 4 + 4, evidence.refs().size(), "the course, the recent and the earlier entries");
        }

        @Test
        void threeEntriesOnEitherSideAreNot() {
            assertFalse(meanShift(facts(3, 4), sertraline(started)).isPresent());
            assertFalse(meanShift(facts(4, 3), sertraline(started)).isPresent());
        }

        @Test
        void aRiseOfJustUnderThreePointsIsNotEnough() {
            List<JournalFact> facts = facts(4, 4);
            facts.set(0, entry(started.minusDays(1), 3)); // before: 2, 2, 2, 3 → 2.25; rise 2.75
            assertFalse(meanShift(facts, sertraline(started)).isPresent());
        }

        @Test
        void sixDaysAfterTheEventIsTooSoonAndFiftySevenTooLate() {
            assertFalse(meanShift(shifted(6), sertraline(DAY.minusDays(6))).isPresent());
            assertTrue(meanShift(shifted(7), sertraline(DAY.minusDays(7))).isPresent());
            assertTrue(meanShift(shifted(56), sertraline(DAY.minusDays(56))).isPresent());
            assertFalse(meanShift(shifted(57), sertraline(DAY.minusDays(57))).isPresent());
        }

        /** Calm entries on the 7 days before a start {@code daysAgo} days back, numb ones on the last 4 days. */
        private List<JournalFact> shifted(int daysAgo) {
            LocalDate start = DAY.minusDays(daysAgo);
            List<JournalFact> facts = new ArrayList<>(daily(start.minusDays(7), start.minusDays(1), 1));
            facts.addAll(daily(DAY.minusDays(3), DAY, 6));
            return facts;
        }
    }

    // --- (c): a report of blunting ≥ 6 about an active course ---

    @Nested
    class Reports {

        private final CourseFact course = sertraline(DAY.minusDays(30));

        private Optional<Evidence> report(UUID courseId, int blunting, LocalDate on) {
            return RULE.reported(new BluntingReport(UUID.randomUUID(), courseId, blunting, on), List.of(course), M);
        }

        @Test
        void bluntingSixFiresFiveDoesNot() {
            Evidence evidence = report(course.courseId(), 6, DAY).orElseThrow();
            assertEquals(
                    "blunting 6 of 10 reported on 30 June 2026 about sertraline, taken since 31 May 2026",
                    evidence.summary());
            assertEquals(
                    EvidenceMessage.of(
                            "evidence.onset.reported",
                            new Count(6),
                            new Day(DAY),
                            new Text("sertraline"),
                            new Day(DAY.minusDays(30))),
                    evidence.message());
            assertEquals(course.courseId(), evidence.refs().get(0));
            assertFalse(report(course.courseId(), 5, DAY).isPresent());
        }

        @Test
        void notSureOrACourseNotActiveThatDayNeverFires() {
            assertFalse(report(null, 10, DAY).isPresent());
            assertFalse(report(course.courseId(), 10, DAY.minusDays(31)).isPresent(), "before the start");
            assertFalse(
                    report(UUID.randomUUID(), 10, DAY).isPresent(), "a course not among the facts (entered in error)");
        }
    }

    @Test
    void noCourseEventNoEvaluation() {
        assertEquals(List.of(), evaluate(numbFrom(DAY.minusDays(13))));
    }

    @Test
    void oneEvaluationReadsABoundedNumberOfDays() {
        assertEquals(14 + 56 + 14, MedicationOnsetRule.journalDays(T, M));
    }
}
