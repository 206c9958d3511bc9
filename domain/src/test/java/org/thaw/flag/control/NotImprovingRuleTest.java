package org.thaw.flag.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.entity.Evidence;
import org.thaw.plan.control.PlanBaseline;
import org.thaw.practice.boundary.SettingDefinition;
import org.thaw.screener.boundary.Source;
import org.thaw.screener.entity.ScreenerResponse;

/** NOT_IMPROVING at its edges (docs/clinical-rules.md, "Not improving"). */
class NotImprovingRuleTest {

    private static final NotImprovingRule RULE = new NotImprovingRule();
    private static final LocalDate START = LocalDate.of(2026, 9, 3);
    private static final int DAYS = 84;

    private static ScreenerResponse phq9(LocalDate day, int total) {
        return new ScreenerResponse(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "PHQ-9",
                null,
                Source.PATIENT,
                Map.of(),
                total,
                null,
                false,
                day,
                day.atTime(18, 0).toInstant(ZoneOffset.UTC),
                null);
    }

    private static Optional<Evidence> evaluate(LocalDate today, ScreenerResponse baseline, ScreenerResponse newest) {
        return RULE.evaluate(START, today, DAYS, Optional.of(baseline), Optional.of(newest), null);
    }

    @ParameterizedTest(name = "{0} days after the start (week {1}): fires {2}")
    @CsvSource({"83, 11, false", "84, 12, true", "120, 17, true"})
    void judgesOnlyFrom84DaysAfterThePlanStarted(int days, int weeks, boolean fires) {
        ScreenerResponse baseline = phq9(START, 18);
        ScreenerResponse newest = phq9(START.plusDays(days), 14);

        assertEquals(fires, evaluate(START.plusDays(days), baseline, newest).isPresent());
    }

    @ParameterizedTest(name = "baseline {0} → newest {1}: fires {2}")
    @CsvSource({
        "20, 11, true", // 45 % reduction
        "20, 10, false", // exactly 50 %: a response
        "20, 9, false",
        "17, 9, true", // 47 % reduction: 9 is more than 8.5
        "18, 9, false" // 50 %
    })
    void firesOnLessThanAHalvingOfTheBaseline(int baseline, int newest, boolean fires) {
        LocalDate today = START.plusDays(DAYS);
        assertEquals(
                fires,
                evaluate(today, phq9(START, baseline), phq9(today, newest)).isPresent());
    }

    @ParameterizedTest(name = "baseline {0}: fires {1}")
    @CsvSource({"9, false", "10, true"})
    void onlyFromABaselineAboveNine(int baseline, boolean fires) {
        LocalDate today = START.plusDays(DAYS);
        assertEquals(
                fires,
                evaluate(today, phq9(START, baseline), phq9(today, baseline)).isPresent());
    }

    @Test
    void withoutAFollowUpTheBaselineIsTheNewestAndTheRuleFires() {
        ScreenerResponse baseline = phq9(START.minusDays(3), 18);
        Optional<Evidence> evidence = evaluate(START.plusDays(DAYS), baseline, baseline);

        assertTrue(evidence.isPresent());
        assertEquals(
                "PHQ-9 18 on 31 August 2026 (plan baseline), no PHQ-9 since, 84 days or more after the plan"
                        + " started on 3 September 2026: less than a 50 % reduction — review the plan",
                evidence.get().summary());
        assertEquals(
                EvidenceMessage.of(
                        "evidence.notImproving.noFollowUp",
                        new Count(18),
                        new Day(START.minusDays(3)),
                        new Count(DAYS),
                        new Day(START)),
                evidence.get().message());
        assertEquals(List.of(baseline.id()), evidence.get().refs());
    }

    @Test
    void evidenceNamesBothScoresAndReadsAsAPromptToReviewNotADiagnosis() {
        ScreenerResponse baseline = phq9(START, 18);
        ScreenerResponse newest = phq9(LocalDate.of(2026, 11, 26), 14);

        Evidence evidence =
                evaluate(LocalDate.of(2026, 11, 26), baseline, newest).orElseThrow();

        assertEquals(
                "PHQ-9 18 on 3 September 2026 (plan baseline) → 14 on 26 November 2026, 84 days or more after the"
                        + " plan started on 3 September 2026: less than a 50 % reduction — review the plan",
                evidence.summary());
        assertEquals(
                EvidenceMessage.of(
                        "evidence.notImproving",
                        new Count(18),
                        new Day(START),
                        new Count(14),
                        new Day(LocalDate.of(2026, 11, 26)),
                        new Count(84),
                        new Day(START)),
                evidence.message());
        assertEquals(List.of(baseline.id(), newest.id()), evidence.refs());
    }

    @Test
    void noBaselineOrNoResultNeverFires() {
        LocalDate today = START.plusDays(DAYS);
        assertFalse(RULE.evaluate(START, today, DAYS, Optional.empty(), Optional.empty(), null)
                .isPresent());
    }

    @Test
    void afterAResolutionOnlyAPhq9EnteredLaterCounts() {
        LocalDate today = START.plusDays(100);
        ScreenerResponse baseline = phq9(START, 18);
        ScreenerResponse newest = phq9(START.plusDays(90), 15);
        Instant resolved = newest.submittedAt().plusSeconds(60);

        assertFalse(RULE.evaluate(START, today, DAYS, Optional.of(baseline), Optional.of(newest), resolved)
                .isPresent());
        ScreenerResponse later = phq9(START.plusDays(95), 15);
        assertTrue(RULE.evaluate(START, today, DAYS, Optional.of(baseline), Optional.of(later), resolved)
                .isPresent());
    }

    @Test
    void theBaselineIsTheNewestInThe30DaysBeforeTheStartDayElseTheFirstFromItOn() {
        ScreenerResponse tooOld = phq9(START.minusDays(31), 22);
        ScreenerResponse inWindow = phq9(START.minusDays(30), 19);
        ScreenerResponse newerInWindow = phq9(START.minusDays(2), 17);
        ScreenerResponse after = phq9(START.plusDays(5), 16);
        ScreenerResponse later = phq9(START.plusDays(20), 12);

        assertEquals(
                newerInWindow,
                PlanBaseline.of(List.of(tooOld, inWindow, newerInWindow, after), START)
                        .orElseThrow());
        assertEquals(
                inWindow,
                PlanBaseline.of(List.of(tooOld, inWindow, after), START).orElseThrow());
        assertEquals(
                after, PlanBaseline.of(List.of(tooOld, after, later), START).orElseThrow());
        assertEquals(Optional.empty(), PlanBaseline.of(List.of(tooOld), START));
        ScreenerResponse onStartDay = phq9(START, 15);
        assertEquals(
                newerInWindow,
                PlanBaseline.of(List.of(newerInWindow, onStartDay, after), START)
                        .orElseThrow());
        assertEquals(
                onStartDay,
                PlanBaseline.of(List.of(onStartDay, after), START).orElseThrow(),
                "the start day itself counts as after the start");
    }

    @Test
    void theDaysAreAPracticeSettingDefaulting84() {
        SettingDefinition setting =
                SettingDefinition.of("flag.not_improving.days").orElseThrow();
        assertEquals(String.valueOf(NotImprovingRule.DEFAULT_DAYS), setting.defaultValue());
        assertEquals(84, NotImprovingRule.DEFAULT_DAYS);
    }
}
