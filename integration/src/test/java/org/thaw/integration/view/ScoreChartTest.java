package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.ScreenerResult;
import org.thaw.screener.boundary.Source;
import org.thaw.screener.control.InstrumentCatalogue;

/** The score chart: one point per result, the instrument's bands shaded behind it, its scale. */
class ScoreChartTest {

    private static final InstrumentDefinition PHQ9 =
            InstrumentDefinition.of(InstrumentCatalogue.standard().find("PHQ-9").orElseThrow());
    private static final InstrumentDefinition WHO5 =
            InstrumentDefinition.of(InstrumentCatalogue.standard().find("WHO-5").orElseThrow());

    @Test
    void totalsInOrderOverEveryBandOnTheInstrumentsScale() {
        String config = ScoreChart.config(
                PHQ9, List.of(result(LocalDate.parse("2026-10-01"), 14), result(LocalDate.parse("2026-10-15"), 9)));

        assertTrue(config.contains("\"labels\":[\"1 Oct 2026\",\"15 Oct 2026\"]"), config);
        assertTrue(config.contains("{\"label\":\"PHQ-9 total\",\"data\":[14,9]"), config);
        assertEquals(6, count(config, "\"label\":"), "the line and the five PHQ-9 bands");
        assertTrue(
                config.contains("\"label\":\"Minimal (0–4)\",\"data\":[4.5,4.5]"),
                "bands meet half-way between whole scores");
        assertTrue(
                config.contains("\"label\":\"Severe (20–27)\",\"data\":[27.0,27.0]"),
                "the top band ends at the maximum");
        assertTrue(config.contains("\"scales\":{\"y\":{\"min\":0,\"max\":27}}"), config);
    }

    @Test
    void whereHigherIsBetterTheLowestBandIsTheWarmOne() {
        String config = ScoreChart.config(WHO5, List.of(result(LocalDate.parse("2026-10-01"), 40)));

        Matcher veryLow = Pattern.compile("\"label\":\"Very low[^}]*\"backgroundColor\":\"([^\"]+)\"")
                .matcher(config);
        assertTrue(veryLow.find(), config);
        assertEquals("rgba(180,35,24,0.17)", veryLow.group(1), "the lowest well-being band is shaded warm");
        assertTrue(config.contains("\"max\":100"), config);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static ScreenerResult result(LocalDate day, int total) {
        return new ScreenerResult(
                UUID.randomUUID(),
                "PHQ-9",
                "PHQ-9",
                "1",
                Source.PATIENT,
                day,
                Instant.parse("2026-10-01T10:00:00Z"),
                total,
                27,
                null,
                null,
                null,
                false,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
