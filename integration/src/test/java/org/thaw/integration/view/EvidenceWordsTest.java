package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Answer;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.EvidenceMessage.Mean;
import org.thaw.flag.boundary.EvidenceMessage.Parts;
import org.thaw.flag.boundary.EvidenceMessage.Text;
import org.thaw.flag.boundary.EvidenceMessage.Word;
import org.thaw.flag.boundary.FlagView.EvidenceView;

/** A flag's evidence as each reader reads it: their language, their date format, their decimal sign. */
class EvidenceWordsTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final LocalDate FROM = LocalDate.of(2026, 11, 20);
    private static final LocalDate TO = LocalDate.of(2026, 12, 3);

    private static EvidenceView said(String summary, EvidenceMessage message) {
        return new EvidenceView(Instant.parse("2026-12-03T09:00:00Z"), summary, FROM, TO, List.of(), null, message);
    }

    private static final EvidenceView PERSISTENT = said(
            "numbness ≥ 6 on 10 of 12 entries, 20 November – 3 December",
            EvidenceMessage.of(
                    "evidence.persistent", new Count(6), new Count(10), new Count(12), new Day(FROM), new Day(TO)));

    @Test
    void theSentenceFollowsTheReadersLanguageAndDateFormat() {
        assertEquals(
                "numbness ≥ 6 on 10 of 12 entries, 20 Nov 2026 – 3 Dec 2026",
                EvidenceWords.sentence(PERSISTENT, Locale.ENGLISH));
        assertEquals(
                "embotamiento ≥ 6 en 10 de 12 entradas, 20 nov 2026 – 3 dic 2026",
                EvidenceWords.sentence(PERSISTENT, ES));
    }

    @Test
    void aRowWithoutAMessageReadsAsItsStoredSummary() {
        EvidenceView old = said("felt hopeless on 3 days, 17–23 March", null);
        assertEquals("felt hopeless on 3 days, 17–23 March", EvidenceWords.sentence(old, ES));
        EvidenceView unknown = said("as stored", EvidenceMessage.of("evidence.noSuchKey", new Count(1)));
        assertEquals("as stored", EvidenceWords.sentence(unknown, ES), "a key the bundles lack: the summary stands in");
    }

    @Test
    void meansTakeTheLanguagesDecimalSignAndNestedSentencesAndWordsFollowTheReader() {
        EvidenceMessage event = EvidenceMessage.of(
                "evidence.event.start",
                new Text("sertraline"),
                Parts.of(EvidenceMessage.of(
                        "evidence.dose",
                        new Text("50"),
                        new Text("mg"),
                        new Word("meds.frequency.daily", "once a day"))),
                new Day(LocalDate.of(2026, 11, 1)));
        EvidenceView mean = said(
                "mean numbness …",
                EvidenceMessage.of(
                        "evidence.onset.mean",
                        Mean.of(5.5),
                        new Count(4),
                        new Day(FROM),
                        new Day(TO),
                        Parts.of(EvidenceMessage.of(
                                "evidence.onset.rise",
                                Mean.of(3),
                                Mean.of(2.5),
                                new Count(4),
                                new Count(7),
                                Parts.of(event),
                                new Count(32)))));
        assertEquals(
                "mean numbness 5.5 over 4 entries, 20 Nov 2026 – 3 Dec 2026, 3.0 points above 2.5 over 4 entries in the 7"
                        + " days before the start of sertraline 50 mg once a day on 1 Nov 2026 (32 days earlier)",
                EvidenceWords.sentence(mean, Locale.ENGLISH));
        assertEquals(
                "embotamiento medio 5,5 en 4 entradas, 20 nov 2026 – 3 dic 2026, 3,0 puntos por encima de 2,5 en 4"
                        + " entradas de los 7 días anteriores al inicio de sertraline 50 mg una vez al día el 1 nov 2026"
                        + " (32 días antes)",
                EvidenceWords.sentence(mean, ES));
    }

    @Test
    void anAnswerIsInTheReadersLanguageOnlyWhereThatVersionOfTheInstrumentExists() {
        EvidenceView phq9 = said(
                "PHQ-9 difficulty: “Very difficult”, 3 December 2026",
                EvidenceMessage.of(
                        "evidence.phq9Difficulty",
                        new Answer("PHQ-9", "1", "phq9-difficulty", 2, "Very difficult"),
                        new Day(TO)));
        assertEquals(
                "PHQ-9, dificultad: «Very difficult», 3 dic 2026",
                EvidenceWords.sentence(phq9, ES),
                "no official Spanish PHQ-9 in Thaw: its answer is quoted as the patient read it");

        EvidenceView numbness = said(
                "…",
                EvidenceMessage.of(
                        "evidence.safety.RESPONSE",
                        new Text("NUMBNESS"),
                        new Text("1"),
                        new Answer("NUMBNESS", "1", "numb-1", 1, "A little"),
                        new Day(TO)));
        assertEquals(
                "NUMBNESS, respuesta de seguridad: ítem 1 «Un poco», 3 dic 2026; se aconseja evaluar el riesgo el mismo día",
                EvidenceWords.sentence(numbness, ES),
                "Thaw's own check has a Spanish version: its answer words follow the reader");
    }
}
