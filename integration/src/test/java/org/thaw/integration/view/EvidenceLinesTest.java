package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.FlagView.EvidenceView;
import org.thaw.integration.view.EvidenceLines.Line;

class EvidenceLinesTest {

    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    private static EvidenceView said(String summary, int day) {
        return new EvidenceView(T.plusSeconds(day * 86_400L), summary, null, null, List.of(), null);
    }

    @Test
    void identicalSentencesAreOneLineWithHowOftenAndTheLatestTime() {
        EvidenceLines lines = EvidenceLines.of(
                List.of(
                        said("Numbness 7 of 10", 1),
                        said("Hopeless today", 2),
                        said("Numbness 7 of 10", 4),
                        said("Numbness 7 of 10 ", 3)),
                3);

        assertEquals(
                List.of(
                        new Line("Numbness 7 of 10", 3, T.plusSeconds(4 * 86_400L)),
                        new Line("Hopeless today", 1, T.plusSeconds(2 * 86_400L))),
                lines.newest());
        assertEquals(List.of(), lines.more());
    }

    @Test
    void theNewestFewAreShownAndTheRestWaitBehindTheDisclosure() {
        EvidenceLines lines =
                EvidenceLines.of(List.of(said("a", 1), said("b", 2), said("c", 3), said("d", 4), said("e", 5)), 3);

        assertEquals(
                List.of("e", "d", "c"),
                lines.newest().stream().map(Line::summary).toList());
        assertEquals(List.of("b", "a"), lines.more().stream().map(Line::summary).toList());
    }

    @Test
    void noEvidenceIsTwoEmptyLists() {
        EvidenceLines lines = EvidenceLines.of(List.of(), 3);
        assertEquals(List.of(), lines.newest());
        assertEquals(List.of(), lines.more());
    }
}
