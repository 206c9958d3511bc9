package org.thaw.screener.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.screener.boundary.ScreenerResult.Answer;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.screener.entity.ScreenerResponse;

/** Results as the chart shows them: change from the baseline and the previous result, response, remission, answers in words. */
class ScreenerResultTest {

    private static final InstrumentCatalogue CATALOGUE = InstrumentCatalogue.standard();
    private static final UUID PATIENT = UUID.randomUUID();
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    /** PHQ-9 items 1–9 adding up to {@code total}, filled from item 1 on (item 9 only when needed). */
    private static Map<String, Object> phq9Totalling(int total) {
        Map<String, Object> answers = new LinkedHashMap<>();
        int left = total;
        for (int i = 1; i <= 9; i++) {
            int score = Math.min(left, 3);
            answers.put("phq9-" + i, score);
            left -= score;
        }
        return answers;
    }

    private static ScreenerResponse patients(
            String instrument, int week, Map<String, Object> answers, int total, String band) {
        LocalDate day = START.plusWeeks(week);
        return new ScreenerResponse(
                UUID.randomUUID(),
                PATIENT,
                instrument,
                "1",
                Source.PATIENT,
                answers,
                total,
                band,
                false,
                day,
                day.atTime(18, 0).toInstant(ZoneOffset.UTC),
                null);
    }

    private static ScreenerResponse phq9(int week, int total) {
        Instrument phq9 = CATALOGUE.find("PHQ-9").orElseThrow();
        return patients(
                "PHQ-9", week, phq9Totalling(total), total, phq9.band(total).code());
    }

    private static ScreenerResponse recorded(String instrument, int week, int total, String band) {
        LocalDate day = START.plusWeeks(week);
        Instant at = day.plusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC);
        return new ScreenerResponse(
                UUID.randomUUID(),
                PATIENT,
                instrument,
                null,
                Source.CLINICIAN,
                Map.of(),
                total,
                band,
                false,
                day,
                at,
                "dr.one");
    }

    @Test
    void aPhq9HistoryShowsChangeResponseAndRemission() {
        List<ScreenerResponse> history = List.of(phq9(0, 20), phq9(2, 14), phq9(4, 10), phq9(6, 4), phq9(8, 9));

        List<ScreenerResult> results = ScreenerResult.of(history, CATALOGUE);

        assertEquals(
                history.stream().map(ScreenerResponse::id).toList(),
                results.stream().map(ScreenerResult::id).toList(),
                "oldest first, as given");

        ScreenerResult baseline = results.get(0);
        assertEquals(20, baseline.total());
        assertEquals(27, baseline.max());
        assertEquals("SEVERE", baseline.band());
        assertEquals("Severe", baseline.bandLabel());
        assertEquals("PHQ-9", baseline.title());
        assertNull(baseline.fromBaseline(), "the baseline is not a change");
        assertNull(baseline.changeFromBaseline());
        assertNull(baseline.fromPrevious());
        assertNull(baseline.changeFromPrevious());
        assertNull(baseline.response(), "the baseline itself is never labelled");
        assertNull(baseline.remission(), "the baseline itself is never labelled");

        ScreenerResult fourteen = results.get(1);
        assertEquals(-6, fourteen.fromBaseline());
        assertEquals(ChangeLabel.IMPROVED, fourteen.changeFromBaseline());
        assertEquals(-6, fourteen.fromPrevious());
        assertEquals(ChangeLabel.IMPROVED, fourteen.changeFromPrevious());
        assertFalse(fourteen.response(), "14 is more than half of 20");
        assertFalse(fourteen.remission());
        assertEquals("Moderate", fourteen.bandLabel());

        ScreenerResult ten = results.get(2);
        assertEquals(-10, ten.fromBaseline());
        assertEquals(ChangeLabel.IMPROVED, ten.changeFromBaseline());
        assertEquals(-4, ten.fromPrevious());
        assertEquals(ChangeLabel.NO_MEANINGFUL_CHANGE, ten.changeFromPrevious(), "4 points: below the MCID of 5");
        assertTrue(ten.response(), "exactly 50 % down");
        assertFalse(ten.remission());

        ScreenerResult four = results.get(3);
        assertEquals(-16, four.fromBaseline());
        assertEquals(-6, four.fromPrevious());
        assertEquals(ChangeLabel.IMPROVED, four.changeFromPrevious());
        assertTrue(four.response());
        assertTrue(four.remission(), "below 5");
        assertEquals("MINIMAL", four.band());

        ScreenerResult nine = results.get(4);
        assertEquals(-11, nine.fromBaseline());
        assertEquals(ChangeLabel.IMPROVED, nine.changeFromBaseline());
        assertEquals(5, nine.fromPrevious());
        assertEquals(ChangeLabel.WORSE, nine.changeFromPrevious(), "5 points up: exactly the MCID");
        assertTrue(nine.response());
        assertFalse(nine.remission());
    }

    @Test
    void aFirstPhq9BelowFiveIsNotRemission() {
        List<ScreenerResult> results = ScreenerResult.of(List.of(phq9(0, 3), phq9(2, 1)), CATALOGUE);

        assertNull(results.get(0).remission(), "a first PHQ-9 of 3 is a baseline, not a remission");
        assertNull(results.get(0).response());
        assertNull(results.get(1).remission(), "a baseline of 3 is not above 9: no response or remission");
        assertNull(results.get(1).response());
        assertEquals(-2, results.get(1).fromBaseline(), "change is still shown");
    }

    @Test
    void responseAndRemissionNeedABaselineAboveNine() {
        List<ScreenerResult> fromNine = ScreenerResult.of(List.of(phq9(0, 9), phq9(2, 4)), CATALOGUE);
        assertNull(fromNine.get(1).response(), "baseline 9: not tracked");
        assertNull(fromNine.get(1).remission(), "baseline 9: 4 is not labelled remission");
        assertEquals(ChangeLabel.IMPROVED, fromNine.get(1).changeFromBaseline(), "5 points down is still a change");

        List<ScreenerResult> fromTen = ScreenerResult.of(List.of(phq9(0, 10), phq9(2, 4)), CATALOGUE);
        assertNull(fromTen.get(0).response(), "the baseline itself is never labelled");
        assertNull(fromTen.get(0).remission());
        assertTrue(fromTen.get(1).response(), "baseline 10: 4 is less than half");
        assertTrue(fromTen.get(1).remission(), "baseline 10: 4 is below 5");

        List<ScreenerResult> fromTenStill = ScreenerResult.of(List.of(phq9(0, 10), phq9(2, 6)), CATALOGUE);
        assertFalse(fromTenStill.get(1).response(), "6 is more than half of 10");
        assertFalse(fromTenStill.get(1).remission());
    }

    @Test
    void thePatientReadsTheNeutralBandLabelAndTheCareTeamTheClinicalOne() {
        ScreenerResponse pcl5 = new ScreenerResponse(
                UUID.randomUUID(),
                PATIENT,
                "PCL-5",
                "2",
                Source.PATIENT,
                Map.of(),
                40,
                "ABOVE_CUTOFF",
                false,
                START,
                START.atTime(18, 0).toInstant(ZoneOffset.UTC),
                null);

        ScreenerResult patients = ScreenerResult.of(List.of(pcl5), CATALOGUE).get(0);
        ScreenerResult careTeams =
                ScreenerResult.forCareTeam(List.of(pcl5), CATALOGUE).get(0);

        assertEquals("ABOVE_CUTOFF", patients.band());
        assertEquals("Above the screening cut-off", patients.bandLabel());
        assertNull(patients.bandClinicianLabel(), "never in the patient's view");
        assertEquals("ABOVE_CUTOFF", careTeams.band());
        assertEquals("Above the screening cut-off", careTeams.bandLabel());
        assertEquals(
                "At or above 31: probable PTSD — confirm with a clinical assessment", careTeams.bandClinicianLabel());
    }

    @Test
    void aStoredPcl5Version1ResultReadsWithItsRenamedBandCode() {
        ScreenerResponse v1 = patients("PCL-5", 0, Map.of(), 45, "ABOVE_CUTOFF");

        ScreenerResult result =
                ScreenerResult.forCareTeam(List.of(v1), CATALOGUE).get(0);

        assertEquals("1", result.version());
        assertEquals("At or above the provisional cut-off (31)", result.bandLabel());
        assertEquals(result.bandLabel(), result.bandClinicianLabel(), "version 1 has one label for both");
    }

    @Test
    void aRecordedWho5IsReadWithTheLatestBands() {
        List<ScreenerResult> results = ScreenerResult.forCareTeam(
                List.of(recorded("WHO-5", 0, 28, "VERY_LOW"), recorded("WHO-5", 2, 51, "ADEQUATE")), CATALOGUE);

        assertEquals("Very low well-being", results.get(0).bandLabel());
        assertEquals(
                "Likely depression (≤ 28): consider a depression assessment",
                results.get(0).bandClinicianLabel());
        assertEquals("Adequate well-being", results.get(1).bandClinicianLabel());
        assertEquals(ChangeLabel.IMPROVED, results.get(1).changeFromBaseline(), "23 points up; higher is better");
    }

    @Test
    void eachInstrumentHasItsOwnBaselineAndPrevious() {
        ScreenerResponse gad7First = patients("GAD-7", 1, Map.of(), 12, "MODERATE");
        ScreenerResponse gad7Second = patients("GAD-7", 3, Map.of(), 16, "SEVERE");
        List<ScreenerResult> results =
                ScreenerResult.of(List.of(phq9(0, 20), gad7First, phq9(2, 10), gad7Second), CATALOGUE);

        ScreenerResult gad7 = results.get(1);
        assertNull(gad7.fromBaseline(), "the first GAD-7 is its own baseline, whatever came before");
        assertNull(gad7.response(), "response and remission are PHQ-9's");
        assertNull(gad7.remission());
        assertEquals(-10, results.get(2).fromBaseline());
        assertEquals(-10, results.get(2).fromPrevious());
        assertEquals(4, results.get(3).fromBaseline());
        assertEquals(ChangeLabel.WORSE, results.get(3).changeFromBaseline(), "GAD-7's MCID is 4");
        assertEquals(21, results.get(3).max());
    }

    @Test
    void answersAreShownInWordsWithTheirQuestionNumbers() {
        Map<String, Object> answers = new LinkedHashMap<>(phq9Totalling(0));
        answers.put("phq9-1", 1);
        answers.put("phq9-9", 3);
        answers.put("phq9-difficulty", 2);
        ScreenerResponse r = new ScreenerResponse(
                UUID.randomUUID(),
                PATIENT,
                "PHQ-9",
                "1",
                Source.PATIENT,
                answers,
                4,
                "MINIMAL",
                true,
                START,
                START.atTime(18, 0).toInstant(ZoneOffset.UTC),
                null);

        ScreenerResult result = ScreenerResult.of(List.of(r), CATALOGUE).get(0);

        assertTrue(result.safetyPositive());
        assertEquals(10, result.answers().size());
        assertEquals(
                new Answer("phq9-1", 1, "Little interest or pleasure in doing things", "Several days", 1, true),
                result.answers().get(0));
        assertEquals(
                new Answer("phq9-2", 2, "Feeling down, depressed, or hopeless", "Not at all", 0, true),
                result.answers().get(1));
        assertEquals(
                new Answer(
                        "phq9-9",
                        9,
                        "Thoughts that you would be better off dead, or of hurting yourself in some way",
                        "Nearly every day",
                        3,
                        true),
                result.answers().get(8));
        Answer difficulty = result.answers().get(9);
        assertEquals("phq9-difficulty", difficulty.linkId());
        assertEquals(10, difficulty.position());
        assertEquals("Very difficult", difficulty.answer());
        assertEquals(2, difficulty.score());
        assertFalse(difficulty.scored(), "asked and kept, not added up");
    }

    @Test
    void codeAndDateAnswersAreShownInWords() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            answers.put("numb-" + i, 1);
        }
        answers.put("numb-duration", "over_two_weeks");
        answers.put("numb-triggers", List.of("grief", "medication"));
        answers.put("numb-medication", "yes");
        answers.put("numb-medication-name", "sertraline");
        answers.put("numb-medication-since", "2024-12-01");
        ScreenerResponse r = patients("NUMBNESS", 0, answers, 10, "SOME");

        ScreenerResult result = ScreenerResult.of(List.of(r), CATALOGUE).get(0);

        Map<String, String> words = new LinkedHashMap<>();
        result.answers().forEach(a -> words.put(a.linkId(), a.answer()));
        assertEquals("More than 2 weeks", words.get("numb-duration"));
        assertEquals("Grief or loss, A medication", words.get("numb-triggers"));
        assertEquals("Yes", words.get("numb-medication"));
        assertEquals("Sertraline", words.get("numb-medication-name"));
        assertEquals("2024-12-01", words.get("numb-medication-since"));
        assertNull(result.answers().get(10).score(), "a code has no score");
        assertNull(result.changeFromBaseline(), "Thaw's own check has no meaningful-change figure");

        ScreenerResponse again = patients("NUMBNESS", 2, new LinkedHashMap<>(answers), 25, "MANY");
        ScreenerResult later = ScreenerResult.of(List.of(r, again), CATALOGUE).get(1);
        assertEquals(15, later.fromBaseline());
        assertNull(later.changeFromBaseline(), "no claim without a known threshold");
        assertNull(later.changeFromPrevious());
    }

    @Test
    void noTriggersTickedReadsNone() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("numb-triggers", new ArrayList<>());
        ScreenerResponse r = patients("NUMBNESS", 0, answers, 0, "FEW");

        assertEquals(
                "None",
                ScreenerResult.of(List.of(r), CATALOGUE).get(0).answers().get(0).answer());
    }

    @Test
    void anExternalScoreOfAnUnknownInstrumentKeepsItsTotalOnly() {
        ScreenerResponse first = recorded("ODQ", 0, 82, null);
        ScreenerResponse second = recorded("ODQ", 6, 64, null);

        List<ScreenerResult> results = ScreenerResult.of(List.of(first, second), CATALOGUE);

        ScreenerResult odq = results.get(1);
        assertEquals("ODQ", odq.instrument());
        assertEquals("ODQ", odq.title());
        assertEquals(Source.CLINICIAN, odq.source());
        assertEquals("dr.one", odq.enteredBy());
        assertNull(odq.version());
        assertEquals(64, odq.total());
        assertNull(odq.max(), "Thaw does not know its range");
        assertNull(odq.band());
        assertNull(odq.bandLabel());
        assertEquals(List.of(), odq.answers());
        assertEquals(-18, odq.fromBaseline(), "the numbers are still shown");
        assertEquals(-18, odq.fromPrevious());
        assertNull(odq.changeFromBaseline(), "but no label");
        assertNull(odq.changeFromPrevious());
        assertNull(odq.response());
        assertNull(odq.remission());
        assertFalse(odq.safetyPositive());
    }

    @Test
    void anExternalPhq9IsLabelledAndBandedLikeThePatientsOwn() {
        List<ScreenerResult> results = ScreenerResult.of(
                List.of(phq9(0, 18), recorded("PHQ-9", 10, 10, "MODERATE"), recorded("PHQ-9", 12, 9, "MILD")),
                CATALOGUE);

        ScreenerResult external = results.get(1);
        assertEquals("Moderate", external.bandLabel());
        assertEquals(27, external.max());
        assertEquals(List.of(), external.answers());
        assertEquals(ChangeLabel.IMPROVED, external.changeFromBaseline());
        assertFalse(external.response(), "10 is more than half of 18");
        assertFalse(external.remission());
        assertTrue(results.get(2).response(), "9 is half of 18");
    }
}
