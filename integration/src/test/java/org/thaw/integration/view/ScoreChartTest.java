package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thaw.screener.boundary.ChangeLabel;
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

        assertTrue(
                config.contains("{\"label\":\"PHQ-9 total\",\"data\":[{\"x\":\"2026-10-01\",\"y\":14},"
                        + "{\"x\":\"2026-10-15\",\"y\":9}]"),
                "each total at its own date: " + config);
        assertEquals(6, count(config, "\"label\":"), "the line and the five PHQ-9 bands");
        assertTrue(
                config.contains("\"label\":\"Minimal (0–4)\",\"data\":[{\"x\":\"2026-09-24\",\"y\":4.5},"
                        + "{\"x\":\"2026-10-22\",\"y\":4.5}]"),
                "bands meet half-way between whole scores and span the axis: " + config);
        assertTrue(
                config.contains("\"label\":\"Severe (20–27)\",\"data\":[{\"x\":\"2026-09-24\",\"y\":27.0}"),
                "the top band ends at the maximum");
        assertTrue(
                config.contains("\"x\":{\"type\":\"time\",\"min\":\"2026-09-24\",\"max\":\"2026-10-22\""),
                "a real time axis, a week either side: " + config);
        assertTrue(config.contains("\"y\":{\"min\":0,\"max\":27}"), config);
        assertTrue(config.contains("\"tooltip\":{"), "points have tooltips: " + config);
    }

    @Test
    void twoResultsOnOneDayStandOnThatDay() {
        LocalDate day = LocalDate.parse("2026-10-01");
        String config = ScoreChart.config(PHQ9, List.of(result(day, 14), result(day, 12)));

        assertTrue(config.contains("[{\"x\":\"2026-10-01\",\"y\":14},{\"x\":\"2026-10-01\",\"y\":12}]"), config);
    }

    @Test
    void theSummarySaysTheChangeSinceTheFirstResultInWords() {
        ScreenerResult first = result(LocalDate.parse("2026-10-22"), 13);
        ScreenerResult later = withChange(result(LocalDate.parse("2026-12-01"), 5), ChangeLabel.IMPROVED);

        assertEquals(
                "PHQ-9 13 \u2192 5 since 22 Oct 2026, improved.",
                ScoreChart.summary(PHQ9, List.of(first, later), Locale.ENGLISH));
        assertEquals(
                "PHQ-9 13 on 22 Oct 2026, the first result.", ScoreChart.summary(PHQ9, List.of(first), Locale.ENGLISH));
    }

    @Test
    void whereHigherIsBetterTheLowestBandIsTheWarmOne() {
        String config = ScoreChart.config(WHO5, List.of(result(LocalDate.parse("2026-10-01"), 40)));

        Matcher veryLow = Pattern.compile("\"label\":\"Very low[^\\]]*\\][^}]*\"backgroundColor\":\"([^\"]+)\"")
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
                null,
                "en");
    }

    private static ScreenerResult withChange(ScreenerResult r, ChangeLabel change) {
        return new ScreenerResult(
                r.id(),
                r.instrument(),
                r.title(),
                r.version(),
                r.source(),
                r.administeredOn(),
                r.submittedAt(),
                r.total(),
                r.max(),
                r.band(),
                r.bandLabel(),
                r.bandClinicianLabel(),
                r.safetyPositive(),
                r.answers(),
                null,
                change,
                null,
                null,
                null,
                null,
                null,
                r.language());
    }
}
