package org.thaw.flag.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Answer;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.EvidenceMessage.Text;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.screener.boundary.Source;
import org.thaw.screener.entity.SafetyAnswer;
import org.thaw.screener.entity.ScreenerResponse;

/** The screener rules at their edges (docs/clinical-rules.md, "Safety" and "Rules implemented now"). */
class ScreenerRulesTest {

    private static final ScreenerThresholds T = ScreenerThresholds.DEFAULTS;
    private static final LocalDate DAY = LocalDate.of(2025, 3, 23);
    private static final UUID PATIENT = UUID.randomUUID();

    /** PHQ-9 answers: items 1–9 as given (item 9 last), no difficulty answer. */
    private static Map<String, Object> phq9(int... items) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            answers.put("phq9-" + (i + 1), items[i]);
        }
        return answers;
    }

    private static Map<String, Object> with(Map<String, Object> answers, String linkId, Object answer) {
        Map<String, Object> changed = new LinkedHashMap<>(answers);
        changed.put(linkId, answer);
        return changed;
    }

    private static int sum(Map<String, Object> answers) {
        return answers.entrySet().stream()
                .filter(e -> !e.getKey().endsWith("difficulty"))
                .mapToInt(e -> (Integer) e.getValue())
                .sum();
    }

    /** A patient's PHQ-9, {@code back} days before the evaluation day, submitted that evening. */
    private static ScreenerResponse phq9Response(int back, Map<String, Object> answers) {
        LocalDate day = DAY.minusDays(back);
        Integer item9 = (Integer) answers.get("phq9-9");
        return new ScreenerResponse(
                UUID.randomUUID(),
                PATIENT,
                "PHQ-9",
                "1",
                Source.PATIENT,
                answers,
                sum(answers),
                null,
                item9 != null && item9 > 0,
                day,
                evening(day),
                null);
    }

    /** A result of any instrument with only a total, {@code back} days before the evaluation day. */
    private static ScreenerResponse total(String instrument, int back, int total) {
        LocalDate day = DAY.minusDays(back);
        return new ScreenerResponse(
                UUID.randomUUID(),
                PATIENT,
                instrument,
                "1",
                Source.PATIENT,
                Map.of(),
                total,
                null,
                false,
                day,
                evening(day),
                null);
    }

    private static Instant evening(LocalDate day) {
        return day.atTime(20, 0).toInstant(ZoneOffset.UTC);
    }

    /** The facts when {@code arrived} is the only result of its instrument. */
    private static ScreenerFacts alone(ScreenerResponse arrived, Instant writtenAfter) {
        return new ScreenerFacts(arrived, Optional.of(arrived), Optional.of(arrived), DAY, writtenAfter);
    }

    private static ScreenerFacts alone(ScreenerResponse arrived) {
        return alone(arrived, null);
    }

    /** The facts when {@code newest} arrived after {@code first}. */
    private static ScreenerFacts after(ScreenerResponse first, ScreenerResponse newest, Instant writtenAfter) {
        return new ScreenerFacts(newest, Optional.of(first), Optional.of(newest), DAY, writtenAfter);
    }

    @Nested
    class Safety {

        private SafetyAnswer answer(int item9, SafetyAnswer.Context context) {
            return new SafetyAnswer(
                    PATIENT,
                    "PHQ-9",
                    "1",
                    "phq9-9",
                    item9,
                    DAY,
                    evening(DAY),
                    context,
                    context == SafetyAnswer.Context.RESPONSE ? UUID.randomUUID() : null,
                    null);
        }

        @Test
        void isAnUrgentSafetyFlag() {
            assertEquals(FlagType.SAFETY, SafetyRule.TYPE);
            assertEquals(Severity.URGENT, SafetyRule.SEVERITY);
        }

        @ParameterizedTest(name = "item 9 = {0}: {1}")
        @CsvSource({"1, Several days", "2, More than half the days", "3, Nearly every day"})
        void anAnswerOnAnAcceptedPhq9NamesTheAnswerAndPointsAtTheSafetyAnswer(int item9, String text) {
            SafetyAnswer a = answer(item9, SafetyAnswer.Context.RESPONSE);

            Evidence evidence = SafetyRule.evidence(a);

            assertEquals(
                    "PHQ-9 safety answer: item 9 “" + text + "”, 23 March 2025 — same-day risk assessment advised",
                    evidence.summary());
            assertEquals(
                    EvidenceMessage.of(
                            "evidence.safety.RESPONSE",
                            new Text("PHQ-9"),
                            new Text("9"),
                            new Answer("PHQ-9", a.version(), a.linkId(), item9, text),
                            new Day(DAY)),
                    evidence.message(),
                    "the answer's words as the PHQ-9 the patient answered has them");
            assertEquals(List.of(a.id()), evidence.refs(), "the safety answer, not the response");
            assertEquals(DAY, evidence.windowStart());
            assertEquals(DAY, evidence.windowEnd());
        }

        @Test
        void anAnswerOnAnIncompletePhq9SaysSo() {
            assertEquals(
                    "PHQ-9 item 9 answered “More than half the days” on an incomplete PHQ-9, 23 March 2025"
                            + " — same-day risk assessment advised",
                    SafetyRule.evidence(answer(2, SafetyAnswer.Context.INCOMPLETE))
                            .summary());
            assertEquals(
                    "PHQ-9 item 9 answered “Several days” on a PHQ-9 that was not accepted, 23 March 2025"
                            + " — same-day risk assessment advised",
                    SafetyRule.evidence(answer(1, SafetyAnswer.Context.NOT_ACCEPTED))
                            .summary());
            assertEquals(
                    "evidence.safety.INCOMPLETE",
                    SafetyRule.evidence(answer(2, SafetyAnswer.Context.INCOMPLETE))
                            .message()
                            .key());
            assertEquals(
                    "evidence.safety.NOT_ACCEPTED",
                    SafetyRule.evidence(answer(1, SafetyAnswer.Context.NOT_ACCEPTED))
                            .message()
                            .key());
        }

        @Test
        void notAtAllIsNoSafetyAnswer() {
            assertThrows(IllegalArgumentException.class, () -> answer(0, SafetyAnswer.Context.RESPONSE));
        }
    }

    @Nested
    class Worsening {

        private final ScreenerRule rule = new WorseningRule();

        @Test
        void isHigh() {
            assertEquals(FlagType.WORSENING, rule.type());
            assertEquals(Severity.HIGH, rule.severity());
        }

        @Test
        void phq9FivePointsAboveTheFirstFiresFourDoNot() {
            ScreenerResponse first = total("PHQ-9", 28, 8);
            ScreenerResponse thirteen = total("PHQ-9", 0, 13);

            Evidence evidence = rule.evaluate(after(first, thirteen, null), T).orElseThrow();

            assertEquals("PHQ-9 13 on 23 March 2025, up 5 from the first (8 on 23 February 2025)", evidence.summary());
            assertEquals(
                    EvidenceMessage.of(
                            "evidence.worsening",
                            new Text("PHQ-9"),
                            new Count(13),
                            new Day(DAY),
                            new Count(5),
                            new Count(8),
                            new Day(first.administeredOn())),
                    evidence.message());
            assertEquals(List.of(first.id(), thirteen.id()), evidence.refs());
            assertEquals(first.administeredOn(), evidence.windowStart());
            assertEquals(DAY, evidence.windowEnd());
            assertFalse(
                    rule.evaluate(after(first, total("PHQ-9", 0, 12), null), T).isPresent());
        }

        @Test
        void gad7FourPointsAboveTheFirstFiresThreeDoNot() {
            ScreenerResponse first = total("GAD-7", 28, 5);

            assertTrue(
                    rule.evaluate(after(first, total("GAD-7", 0, 9), null), T).isPresent());
            assertFalse(
                    rule.evaluate(after(first, total("GAD-7", 0, 8), null), T).isPresent());
        }

        @Test
        void aFallNeverFires() {
            assertFalse(rule.evaluate(after(total("PHQ-9", 28, 20), total("PHQ-9", 0, 4), null), T)
                    .isPresent());
        }

        @Test
        void theFirstResponseAloneNeverFires() {
            assertFalse(rule.evaluate(alone(total("PHQ-9", 0, 27)), T).isPresent());
            assertFalse(rule.evaluate(alone(total("GAD-7", 0, 21)), T).isPresent());
            ScreenerResponse only = total("PHQ-9", 0, 27);
            assertFalse(
                    rule.evaluate(new ScreenerFacts(only, Optional.empty(), Optional.empty(), DAY, null), T)
                            .isPresent(),
                    "nothing read back");
        }

        @ParameterizedTest
        @ValueSource(strings = {"PCL-5", "WHO-5", "NUMBNESS", "ODQ"})
        void otherInstrumentsNeverFire(String instrument) {
            ScreenerResponse first = total(instrument, 28, 0);
            ScreenerResponse newest = total(instrument, 0, 60);

            assertFalse(rule.evaluate(after(first, newest, null), T).isPresent());
        }

        @Test
        void aNewestResponseEnteredBeforeTheResolutionDoesNotCount() {
            ScreenerResponse first = total("PHQ-9", 28, 8);
            ScreenerResponse newest = total("PHQ-9", 0, 20);

            assertFalse(rule.evaluate(after(first, newest, newest.submittedAt().plusSeconds(1)), T)
                    .isPresent());
            assertTrue(
                    rule.evaluate(after(first, newest, newest.submittedAt().minusSeconds(1)), T)
                            .isPresent(),
                    "the first may be older than the resolution: only the newest must be new");
        }

        @Test
        void practiceThresholdsApply() {
            ScreenerThresholds stricter = new ScreenerThresholds(3, 2, 14, 2, 2);
            assertTrue(rule.evaluate(after(total("PHQ-9", 28, 8), total("PHQ-9", 0, 11), null), stricter)
                    .isPresent());
            assertTrue(rule.evaluate(after(total("GAD-7", 28, 8), total("GAD-7", 0, 10), null), stricter)
                    .isPresent());
        }
    }

    @Nested
    class Phq9Hopelessness {

        private final ScreenerRule rule = new Phq9HopelessnessRule();

        @Test
        void isHighHopelessness() {
            assertEquals(FlagType.HOPELESSNESS, rule.type());
            assertEquals(Severity.HIGH, rule.severity());
        }

        @Test
        void itemTwoAtMoreThanHalfTheDaysFiresSeveralDaysDoesNot() {
            ScreenerResponse two = phq9Response(0, phq9(0, 2, 0, 0, 0, 0, 0, 0, 0));

            Evidence evidence = rule.evaluate(alone(two), T).orElseThrow();

            assertEquals(
                    "PHQ-9 item 2 (feeling down, depressed, or hopeless): “More than half the days”, 23 March 2025",
                    evidence.summary());
            assertEquals(
                    EvidenceMessage.of(
                            "evidence.phq9Item2",
                            new Text("feeling down, depressed, or hopeless"),
                            new Answer("PHQ-9", two.version(), "phq9-2", 2, "More than half the days"),
                            new Day(DAY)),
                    evidence.message(),
                    "the item's wording quoted as the instrument has it");
            assertEquals(List.of(two.id()), evidence.refs());
            assertTrue(rule.evaluate(alone(phq9Response(0, phq9(0, 3, 0, 0, 0, 0, 0, 0, 0))), T)
                    .isPresent());
            assertFalse(rule.evaluate(alone(phq9Response(0, phq9(3, 1, 3, 3, 3, 3, 3, 3, 0))), T)
                    .isPresent());
        }

        @Test
        void aPhq9OlderThanTheFourteenDayWindowDoesNotCountThirteenDaysBackDoes() {
            Map<String, Object> answers = phq9(0, 2, 0, 0, 0, 0, 0, 0, 0);

            assertTrue(rule.evaluate(alone(phq9Response(13, answers)), T).isPresent(), "the window's first day");
            assertFalse(rule.evaluate(alone(phq9Response(14, answers)), T).isPresent(), "the day before it");
        }

        @Test
        void aResponseSubmittedBeforeTheResolutionDoesNotCount() {
            ScreenerResponse r = phq9Response(0, phq9(0, 3, 0, 0, 0, 0, 0, 0, 0));

            assertFalse(
                    rule.evaluate(alone(r, r.submittedAt().plusSeconds(1)), T).isPresent());
            assertTrue(
                    rule.evaluate(alone(r, r.submittedAt().minusSeconds(1)), T).isPresent());
        }

        @Test
        void onlyPhq9Counts() {
            ScreenerResponse gad7 = new ScreenerResponse(
                    UUID.randomUUID(),
                    PATIENT,
                    "GAD-7",
                    "1",
                    Source.PATIENT,
                    Map.of("phq9-2", 3),
                    3,
                    null,
                    false,
                    DAY,
                    evening(DAY),
                    null);

            assertFalse(rule.evaluate(alone(gad7), T).isPresent());
            assertFalse(rule.evaluate(alone(total("PHQ-9", 0, 27)), T).isPresent(), "a recorded total has no item 2");
        }
    }

    @Nested
    class Phq9Difficulty {

        private final ScreenerRule rule = new Phq9DifficultyRule();

        @Test
        void isHighFunctionalImpact() {
            assertEquals(FlagType.FUNCTIONAL_IMPACT, rule.type());
            assertEquals(Severity.HIGH, rule.severity());
        }

        @ParameterizedTest(name = "difficulty {0}: {1}")
        @CsvSource({"2, Very difficult", "3, Extremely difficult"})
        void veryOrExtremelyDifficultFires(int difficulty, String text) {
            ScreenerResponse r = phq9Response(0, with(phq9(1, 1, 1, 1, 1, 1, 1, 1, 0), "phq9-difficulty", difficulty));

            Evidence evidence = rule.evaluate(alone(r), T).orElseThrow();

            assertEquals("PHQ-9 difficulty: “" + text + "”, 23 March 2025", evidence.summary());
            assertEquals(
                    EvidenceMessage.of(
                            "evidence.phq9Difficulty",
                            new Answer("PHQ-9", r.version(), "phq9-difficulty", difficulty, text),
                            new Day(DAY)),
                    evidence.message());
            assertEquals(List.of(r.id()), evidence.refs());
        }

        @Test
        void somewhatDifficultOrNoAnswerDoesNotFire() {
            Map<String, Object> answers = phq9(3, 3, 3, 3, 3, 3, 3, 3, 0);

            assertFalse(rule.evaluate(alone(phq9Response(0, with(answers, "phq9-difficulty", 1))), T)
                    .isPresent());
            assertFalse(rule.evaluate(alone(phq9Response(0, with(answers, "phq9-difficulty", 0))), T)
                    .isPresent());
            assertFalse(rule.evaluate(alone(phq9Response(0, answers)), T).isPresent(), "the question is optional");
        }

        @Test
        void theGad7DifficultyAnswerDoesNotCount() {
            // GAD-7 version 2 asks the same difficulty question; the rule is PHQ-9's only
            Map<String, Object> answers = new LinkedHashMap<>();
            for (int i = 1; i <= 7; i++) {
                answers.put("gad7-" + i, 3);
            }
            answers.put("gad7-difficulty", 3);
            LocalDate day = DAY;
            ScreenerResponse gad7 = new ScreenerResponse(
                    UUID.randomUUID(),
                    PATIENT,
                    "GAD-7",
                    "2",
                    Source.PATIENT,
                    answers,
                    21,
                    "SEVERE",
                    false,
                    day,
                    evening(day),
                    null);

            assertFalse(rule.evaluate(alone(gad7), T).isPresent());
        }

        @Test
        void onlyTheLastFourteenDaysCount() {
            Map<String, Object> answers = with(phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), "phq9-difficulty", 3);

            assertTrue(rule.evaluate(alone(phq9Response(13, answers)), T).isPresent());
            assertFalse(rule.evaluate(alone(phq9Response(14, answers)), T).isPresent());
        }
    }
}
