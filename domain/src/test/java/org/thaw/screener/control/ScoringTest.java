package org.thaw.screener.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thaw.screener.control.Answers.totalling;
import static org.thaw.screener.control.Answers.with;
import static org.thaw.screener.control.Answers.without;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.boundary.ItemType;

/** One engine scores every shipped instrument: bands at each edge, refusals a patient can read, safety. */
class ScoringTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 14);

    private final InstrumentCatalogue catalogue = InstrumentCatalogue.standard();
    private final Instrument phq9 = catalogue.find("PHQ-9").orElseThrow();
    private final Instrument numbness = catalogue.find("NUMBNESS").orElseThrow();

    @ParameterizedTest(name = "{0} raw {1} = {2} {3}")
    @CsvSource({
        "PHQ-9, 0, 0, MINIMAL",
        "PHQ-9, 4, 4, MINIMAL",
        "PHQ-9, 5, 5, MILD",
        "PHQ-9, 9, 9, MILD",
        "PHQ-9, 10, 10, MODERATE",
        "PHQ-9, 14, 14, MODERATE",
        "PHQ-9, 15, 15, MODERATELY_SEVERE",
        "PHQ-9, 19, 19, MODERATELY_SEVERE",
        "PHQ-9, 20, 20, SEVERE",
        "PHQ-9, 27, 27, SEVERE",
        "GAD-7, 0, 0, MINIMAL",
        "GAD-7, 4, 4, MINIMAL",
        "GAD-7, 5, 5, MILD",
        "GAD-7, 9, 9, MILD",
        "GAD-7, 10, 10, MODERATE",
        "GAD-7, 14, 14, MODERATE",
        "GAD-7, 15, 15, SEVERE",
        "GAD-7, 21, 21, SEVERE",
        "PCL-5, 0, 0, BELOW_CUTOFF",
        "PCL-5, 30, 30, BELOW_CUTOFF",
        "PCL-5, 31, 31, ABOVE_CUTOFF",
        "PCL-5, 80, 80, ABOVE_CUTOFF",
        "WHO-5, 0, 0, VERY_LOW",
        "WHO-5, 7, 28, VERY_LOW",
        "WHO-5, 8, 32, POOR",
        "WHO-5, 12, 48, POOR",
        "WHO-5, 13, 52, ADEQUATE",
        "WHO-5, 25, 100, ADEQUATE",
        "NUMBNESS, 0, 0, FEW",
        "NUMBNESS, 9, 9, FEW",
        "NUMBNESS, 10, 10, SOME",
        "NUMBNESS, 19, 19, SOME",
        "NUMBNESS, 20, 20, MANY",
        "NUMBNESS, 30, 30, MANY"
    })
    void everyBandEdgeOfEveryInstrument(String code, int raw, int total, String band) {
        Instrument instrument = catalogue.find(code).orElseThrow();

        Scored scored = Scoring.score(instrument, totalling(instrument, raw), TODAY);

        assertEquals(raw, scored.rawTotal());
        assertEquals(total, scored.total());
        assertEquals(band, scored.band().code());
    }

    @Test
    void who5IsReadAsAPercentage() {
        Instrument who5 = catalogue.find("WHO-5").orElseThrow();

        Scored scored =
                Scoring.score(who5, Map.of("who5-1", 5, "who5-2", 4, "who5-3", 3, "who5-4", 2, "who5-5", 1), TODAY);

        assertEquals(15, scored.rawTotal());
        assertEquals(60, scored.total());
        assertEquals("Poor well-being", who5.band(48).label());
    }

    @ParameterizedTest(name = "WHO-5 {0} is {1}")
    @CsvSource({"0, VERY_LOW", "28, VERY_LOW", "29, POOR", "50, POOR", "51, ADEQUATE", "100, ADEQUATE"})
    void who5BandsEveryWholeTotalAClinicianMayRecord(int total, String band) {
        // a patient's totals are multiples of 4; a score recorded from elsewhere can be any whole number
        assertEquals(band, catalogue.find("WHO-5").orElseThrow().band(total).code());
    }

    @Test
    void who5Version1StillBandsTheResponsesAnsweredWithIt() {
        Instrument v1 = catalogue.find("WHO-5", "1").orElseThrow();

        assertEquals("POOR", v1.band(48).code());
        assertEquals("ADEQUATE", v1.band(52).code());
    }

    @Test
    void theGad7DifficultyAnswerIsKeptButNotAddedUp() {
        Instrument gad7 = catalogue.find("GAD-7").orElseThrow();
        Map<String, Object> answers = new LinkedHashMap<>(totalling(gad7, 7));
        answers.put("gad7-difficulty", 3);

        Scored scored = Scoring.score(gad7, answers, TODAY);

        assertEquals(7, scored.total());
        assertEquals(3, scored.answers().get("gad7-difficulty"));
        assertEquals(7, Scoring.score(gad7, totalling(gad7, 7), TODAY).total(), "optional: may be left out");
    }

    @Test
    void answersAreKeptInTheInstrumentsOrder() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 9; i >= 1; i--) {
            answers.put("phq9-" + i, 1);
        }

        Scored scored = Scoring.score(phq9, answers, TODAY);

        assertEquals(
                List.of("phq9-1", "phq9-2", "phq9-3", "phq9-4", "phq9-5", "phq9-6", "phq9-7", "phq9-8", "phq9-9"),
                List.copyOf(scored.answers().keySet()));
        assertThrows(UnsupportedOperationException.class, () -> scored.answers().put("phq9-1", 0));
    }

    @Test
    void partialAnswersAreRefusedNamingTheUnansweredQuestions() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> Scoring.score(phq9, without(totalling(phq9, 0), "phq9-3", "phq9-7"), TODAY));

        assertEquals("answers", refused.field());
        assertEquals("Please answer every question: 3 and 7 are unanswered (phq9-3, phq9-7).", refused.getMessage());
    }

    @Test
    void oneOrEveryQuestionUnansweredReadsNaturally() {
        assertEquals(
                "Please answer every question: 9 is unanswered (phq9-9).",
                assertThrows(
                                InvalidInputException.class,
                                () -> Scoring.score(phq9, without(totalling(phq9, 0), "phq9-9"), TODAY))
                        .getMessage());
        assertTrue(assertThrows(InvalidInputException.class, () -> Scoring.score(phq9, null, TODAY))
                .getMessage()
                .startsWith("Please answer every question: 1, 2, 3, 4, 5, 6, 7, 8 and 9 are unanswered (phq9-1, "));
    }

    @Test
    void aNullAnswerIsNoAnswer() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> Scoring.score(phq9, with(totalling(phq9, 0), "phq9-4", null), TODAY));

        assertEquals("Please answer every question: 4 is unanswered (phq9-4).", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"4", "-1", "1.5", "string", "true"})
    void anAnswerOutsideTheOptionsIsRefusedNamingTheQuestion(String kind) {
        Object answer =
                switch (kind) {
                    case "4" -> 4;
                    case "-1" -> -1;
                    case "1.5" -> 1.5;
                    case "true" -> Boolean.TRUE;
                    default -> "2";
                };

        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> Scoring.score(phq9, with(totalling(phq9, 0), "phq9-2", answer), TODAY));

        assertEquals("answers.phq9-2", refused.field());
        assertEquals("must be one of 0, 1, 2, 3", refused.getMessage());
    }

    @Test
    void integersOfAnyIntegerTypeAreAccepted() {
        Map<String, Object> answers = with(
                with(with(totalling(phq9, 0), "phq9-1", 2L), "phq9-2", BigInteger.valueOf(3)), "phq9-3", (short) 1);

        Scored scored = Scoring.score(phq9, answers, TODAY);

        assertEquals(6, scored.total());
        assertEquals(3, scored.answers().get("phq9-2"), "normalized to Integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.0", "1.00", "2E0"})
    void aNumberWrittenWithAFractionOrExponentIsRefusedEvenWhenWhole(String written) {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> Scoring.score(phq9, with(totalling(phq9, 0), "phq9-2", new BigDecimal(written)), TODAY));

        assertEquals("answers.phq9-2", refused.field(), "never rounded or truncated");
        assertThrows(
                InvalidInputException.class,
                () -> Scoring.score(phq9, with(totalling(phq9, 0), "phq9-2", Double.valueOf(written)), TODAY));
    }

    @Test
    void anUnknownLinkIdIsRefused() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> Scoring.score(phq9, with(totalling(phq9, 0), "phq9-10", 0), TODAY));

        assertEquals("answers.phq9-10", refused.field());
        assertEquals("unknown question", refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void anyAnswerAboveNotAtAllOnItem9IsSafetyPositive(int item9) {
        Scored scored = Scoring.score(phq9, with(totalling(phq9, 0), "phq9-9", item9), TODAY);

        assertTrue(scored.safetyPositive());
        assertEquals(List.of("phq9-9"), scored.safetyItemsPositive());
        assertEquals(item9, scored.total(), "item 9 counts in the total too");
    }

    @Test
    void notAtAllOnItem9IsNotSafetyPositiveWhateverTheTotal() {
        Map<String, Object> answers = with(totalling(phq9, 24), "phq9-9", 0);

        Scored scored = Scoring.score(phq9, answers, TODAY);

        assertFalse(scored.safetyPositive());
        assertEquals(List.of(), scored.safetyItemsPositive());
    }

    @Test
    void theDifficultyQuestionIsOptionalAndNotInTheTotal() {
        Scored without = Scoring.score(phq9, totalling(phq9, 12), TODAY);
        Scored with = Scoring.score(phq9, with(totalling(phq9, 12), "phq9-difficulty", 3), TODAY);

        assertEquals(12, without.total());
        assertEquals(12, with.total());
        assertEquals(3, with.answers().get("phq9-difficulty"));
        assertFalse(without.answers().containsKey("phq9-difficulty"));
        assertEquals(
                "answers.phq9-difficulty",
                assertThrows(
                                InvalidInputException.class,
                                () -> Scoring.score(phq9, with(totalling(phq9, 12), "phq9-difficulty", 4), TODAY))
                        .field());
    }

    @Test
    void theSafetyAnswerIsReadFromAnIncompleteOrRefusedPhq9Too() {
        Map<String, Object> incomplete = new LinkedHashMap<>(Map.of("phq9-9", 2, "phq9-1", 1));
        Map<String, Object> impossible = new LinkedHashMap<>(with(totalling(phq9, 3), "phq9-1", 7));
        impossible.put("phq9-9", new BigDecimal("3"));

        assertThrows(InvalidInputException.class, () -> Scoring.score(phq9, incomplete, TODAY), "still refused");
        assertEquals(Map.of("phq9-9", 2), Scoring.safetyAnswers(phq9, incomplete), "but its item 9 is read");
        assertEquals(Map.of("phq9-9", 3), Scoring.safetyAnswers(phq9, impossible), "however the number was written");
    }

    @Test
    void onlyAnOfferedAnswerAboveNotAtAllIsASafetyAnswer() {
        assertEquals(Map.of(), Scoring.safetyAnswers(phq9, Map.of("phq9-9", 0)));
        assertEquals(Map.of(), Scoring.safetyAnswers(phq9, Map.of("phq9-9", 4)), "not an option");
        assertEquals(Map.of(), Scoring.safetyAnswers(phq9, Map.of("phq9-9", 1.5)));
        assertEquals(Map.of(), Scoring.safetyAnswers(phq9, Map.of("phq9-9", "2")), "a string is not a score");
        assertEquals(Map.of(), Scoring.safetyAnswers(phq9, Map.of()));
        assertEquals(Map.of(), Scoring.safetyAnswers(phq9, null));
        assertEquals(
                Map.of("phq9-9", 1),
                Scoring.safetyAnswers(phq9, Map.of("phq9-9", 1.0)),
                "1.0 is refused as an answer, yet read as a safety answer");
        Instrument gad7 = catalogue.find("GAD-7").orElseThrow();
        assertEquals(Map.of(), Scoring.safetyAnswers(gad7, totalling(gad7, 21)), "GAD-7 has no safety item");
    }

    @Test
    void instrumentsWithoutSafetyItemsAreNeverSafetyPositive() {
        Instrument gad7 = catalogue.find("GAD-7").orElseThrow();

        assertFalse(Scoring.score(gad7, totalling(gad7, 21), TODAY).safetyPositive());
    }

    @Test
    void theNumbnessChecksContextIsKeptButNotScored() {
        Map<String, Object> answers = totalling(numbness, 14);
        answers.put("numb-duration", "over_two_weeks");
        answers.put("numb-triggers", List.of("medication", "stress_burnout"));
        answers.put("numb-medication", "yes");
        answers.put("numb-medication-name", "sertraline");
        answers.put("numb-medication-since", "2025-01-20");

        Scored scored = Scoring.score(numbness, answers, TODAY);

        assertEquals(14, scored.total());
        assertEquals("SOME", scored.band().code());
        assertEquals("over_two_weeks", scored.answers().get("numb-duration"));
        assertEquals(
                List.of("stress_burnout", "medication"),
                scored.answers().get("numb-triggers"),
                "kept in the options' order");
        assertEquals("sertraline", scored.answers().get("numb-medication-name"));
        assertEquals("2025-01-20", scored.answers().get("numb-medication-since"));
    }

    @Test
    void noTriggersIsAnAnswerButLeavingTheQuestionOutIsNot() {
        assertEquals(
                List.of(),
                Scoring.score(numbness, totalling(numbness, 0), TODAY).answers().get("numb-triggers"));

        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> Scoring.score(
                        numbness, without(totalling(numbness, 0), "numb-triggers", "numb-duration"), TODAY));

        assertEquals(
                "Please answer every question: 11 and 12 are unanswered (numb-duration, numb-triggers).",
                refused.getMessage());
    }

    @Test
    void anUnknownOrRepeatedTriggerIsRefused() {
        InvalidInputException unknown = assertThrows(
                InvalidInputException.class,
                () -> Scoring.score(
                        numbness, with(totalling(numbness, 0), "numb-triggers", List.of("grief", "boredom")), TODAY));
        assertEquals("answers.numb-triggers", unknown.field());
        assertTrue(unknown.getMessage().contains("'boredom'"), unknown.getMessage());

        InvalidInputException twice = assertThrows(
                InvalidInputException.class,
                () -> Scoring.score(
                        numbness, with(totalling(numbness, 0), "numb-triggers", List.of("grief", "grief")), TODAY));
        assertEquals("answers.numb-triggers", twice.field());

        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals(
                "answers.numb-triggers",
                assertThrows(
                                InvalidInputException.class,
                                () -> Scoring.score(
                                        numbness, with(totalling(numbness, 0), "numb-triggers", withNull), TODAY))
                        .field());
        assertEquals(
                "answers.numb-triggers",
                assertThrows(
                                InvalidInputException.class,
                                () -> Scoring.score(
                                        numbness, with(totalling(numbness, 0), "numb-triggers", "grief"), TODAY))
                        .field(),
                "one code is not a list");
    }

    @Test
    void anUnknownCodeIsRefusedListingTheChoices() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> Scoring.score(numbness, with(totalling(numbness, 0), "numb-duration", "years"), TODAY));

        assertEquals("answers.numb-duration", refused.field());
        assertEquals("must be one of days, one_to_two_weeks, over_two_weeks, months", refused.getMessage());
    }

    @Test
    void theMedicationQuestionsAreOnlyAskedAfterAYes() {
        Map<String, Object> answers = with(totalling(numbness, 0), "numb-medication-name", "sertraline");

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> Scoring.score(numbness, answers, TODAY));

        assertEquals("answers.numb-medication-name", refused.field());
        assertEquals("is only asked when question 13 is answered “Yes”", refused.getMessage());
        assertEquals(
                "answers.numb-medication-since",
                assertThrows(
                                InvalidInputException.class,
                                () -> Scoring.score(
                                        numbness,
                                        with(totalling(numbness, 0), "numb-medication-since", "2025-01-01"),
                                        TODAY))
                        .field());
    }

    @Test
    void afterAYesTheMedicationQuestionsMayStillBeLeftOut() {
        Scored scored = Scoring.score(numbness, with(totalling(numbness, 0), "numb-medication", "yes"), TODAY);

        assertFalse(scored.answers().containsKey("numb-medication-name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-15", "2025-02-30", "14.03.2025", "2025-3-1", "+2025-03-01", ""})
    void aDateInTheFutureOrNotADateIsRefused(String since) {
        Map<String, Object> answers =
                with(with(totalling(numbness, 0), "numb-medication", "yes"), "numb-medication-since", since);

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> Scoring.score(numbness, answers, TODAY));

        assertEquals("answers.numb-medication-since", refused.field());
        assertEquals("must be a date, not in the future (yyyy-mm-dd)", refused.getMessage());
    }

    @Test
    void todayIsNotInTheFuture() {
        Map<String, Object> answers =
                with(with(totalling(numbness, 0), "numb-medication", "yes"), "numb-medication-since", TODAY);

        assertEquals(
                "2025-03-14", Scoring.score(numbness, answers, TODAY).answers().get("numb-medication-since"));
    }

    @Test
    void aTotalNoAnswersCanGiveHasNoBand() {
        assertThrows(IllegalArgumentException.class, () -> phq9.band(28));
        assertThrows(IllegalArgumentException.class, () -> phq9.band(-1));
        assertNull(new Instrument(
                        "X",
                        "1",
                        "X",
                        "X",
                        true,
                        null,
                        null,
                        "Stem",
                        null,
                        null,
                        null,
                        1,
                        List.of(),
                        null,
                        true,
                        List.of(),
                        List.of(new Item(
                                "x-1",
                                "Q",
                                null,
                                ItemType.CHOICE,
                                true,
                                true,
                                List.of(new Option(0, null, "No"), new Option(1, null, "Yes")),
                                null)))
                .band(1));
    }
}
