package org.thaw.screener.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The answers column: what Scoring accepted is what a later read gives back, in the same order. */
class ScreenerStoreJsonTest {

    private static Map<String, Object> roundTrip(Map<String, Object> answers) {
        return ScreenerStore.answers(ScreenerStore.json(answers));
    }

    @Test
    void intsCodesListsAndDatesSurviveInOrder() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("numb-2", 3);
        answers.put("numb-1", 0);
        answers.put("numb-duration", "over_two_weeks");
        answers.put("numb-triggers", List.of("grief", "medication", "other"));
        answers.put("numb-medication", "yes");
        answers.put("numb-medication-since", "2024-12-01");

        Map<String, Object> read = roundTrip(answers);

        assertEquals(answers, read);
        assertEquals(List.copyOf(answers.keySet()), List.copyOf(read.keySet()), "the order answered is kept");
        assertEquals(Integer.class, read.get("numb-2").getClass());
        assertEquals(String.class, read.get("numb-medication-since").getClass());
    }

    @Test
    void anEmptyListStaysAnEmptyList() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("numb-triggers", new ArrayList<>());

        assertEquals(Map.of("numb-triggers", List.of()), roundTrip(answers));
    }

    @Test
    void whatScoringAcceptedIsWhatIsReadBack() {
        Instrument numbness = InstrumentCatalogue.standard().find("NUMBNESS").orElseThrow();
        Map<String, Object> given = Answers.with(
                Answers.with(
                        Answers.with(Answers.totalling(numbness, 12), "numb-medication", "yes"),
                        "numb-medication-since",
                        LocalDate.of(2024, 12, 1)),
                "numb-triggers",
                List.of("medication", "grief"));

        Scored scored = Scoring.score(numbness, given, LocalDate.of(2025, 3, 14));
        Map<String, Object> read = roundTrip(scored.answers());

        assertEquals(scored.answers(), read);
        assertEquals(List.copyOf(scored.answers().keySet()), List.copyOf(read.keySet()));
        assertEquals("2024-12-01", read.get("numb-medication-since"));
        assertEquals(List.of("grief", "medication"), read.get("numb-triggers"), "stored in the options' order");
        assertEquals(scored, Scoring.score(numbness, read, LocalDate.of(2025, 3, 14)), "scores the same again");
    }

    @Test
    void theJsonIsPlainJson() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("phq9-1", 2);
        answers.put("phq9-difficulty", 1);
        answers.put("x", "say \"hi\"");

        String json = ScreenerStore.json(answers);

        assertEquals("{\"phq9-1\":2,\"phq9-difficulty\":1,\"x\":\"say \\\"hi\\\"\"}", json);
        assertEquals(answers, ScreenerStore.answers(json));
    }

    @Test
    void noJsonIsNoAnswers() {
        assertTrue(ScreenerStore.answers(null).isEmpty(), "a score a clinician recorded has no answers");
        assertEquals("{}", ScreenerStore.json(Map.of()));
    }
}
