package org.thaw.flag.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.EvidenceMessage.Answer;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.EvidenceMessage.Mean;
import org.thaw.flag.boundary.EvidenceMessage.Parts;
import org.thaw.flag.boundary.EvidenceMessage.Text;
import org.thaw.flag.boundary.EvidenceMessage.Word;

/** A message as flag_evidence stores it comes back the same; a row without one reads as none. */
class EvidenceMessageTest {

    @Test
    void everyKindOfArgumentComesBackAsStored() {
        EvidenceMessage message = EvidenceMessage.of(
                "evidence.onset.mean",
                Mean.of(5.25),
                new Count(4),
                new Day(LocalDate.of(2026, 6, 24)),
                new Text("sertraline \"Zoloft\" <b>"),
                new Word("meds.frequency.daily", "once a day"),
                new Answer("PHQ-9", "1", "phq9-9", 1, "Several days"),
                Parts.of(
                        EvidenceMessage.of("evidence.onset.after", new Count(7)),
                        EvidenceMessage.of("evidence.dose", new Text("50"))));

        assertEquals(Optional.of(message), EvidenceMessage.stored(message.key(), message.argsJson()));
        assertEquals(
                new Mean(new java.math.BigDecimal("5.3")),
                message.args().get(0),
                "one decimal, as the sentence says it");
    }

    @Test
    void aRowWithoutAKeyOrWithUnreadableArgumentsHasNoMessage() {
        assertEquals(Optional.empty(), EvidenceMessage.stored(null, null));
        assertEquals(Optional.empty(), EvidenceMessage.stored("", "[]"));
        assertEquals(Optional.empty(), EvidenceMessage.stored("evidence.hopeless", "[{\"q\": 1}]"));
        assertEquals(Optional.empty(), EvidenceMessage.stored("evidence.hopeless", "not json"));
        assertEquals(
                Optional.of(EvidenceMessage.of("evidence.hopeless")),
                EvidenceMessage.stored("evidence.hopeless", null));
    }
}
