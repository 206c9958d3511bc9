package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.journal.boundary.JournalDay;

/** The chart's configuration is written raw into the page's script: exact JSON, strings escaped. */
class TrendChartTest {

    private static final LocalDate MARCH_1 = LocalDate.parse("2025-03-01");

    @Test
    void aPointPerDayOnATimeAxisAndAGapWhereADayOrAnAnswerIsMissing() {
        List<JournalDay> days = List.of(day(MARCH_1.plusDays(2), 7, 2, null), day(MARCH_1, 5, 4, 6));

        String config = TrendChart.config(days, MARCH_1, MARCH_1.plusDays(2), Locale.ENGLISH);

        assertEquals(
                "{\"type\":\"line\",\"data\":{\"datasets\":["
                        + "{\"label\":\"Numbness\",\"data\":[{\"x\":\"2025-03-01\",\"y\":5},{\"x\":\"2025-03-02\",\"y\":null},"
                        + "{\"x\":\"2025-03-03\",\"y\":7}],\"borderColor\":\"#25476a\",\"backgroundColor\":\"#25476a\","
                        + "\"pointRadius\":3,\"spanGaps\":false,\"tension\":0.2},"
                        + "{\"label\":\"Positive feelings\",\"data\":[{\"x\":\"2025-03-01\",\"y\":4},"
                        + "{\"x\":\"2025-03-02\",\"y\":null},{\"x\":\"2025-03-03\",\"y\":2}],\"borderColor\":\"#2b8a3e\","
                        + "\"backgroundColor\":\"#2b8a3e\",\"pointRadius\":3,\"spanGaps\":false,\"tension\":0.2},"
                        + "{\"label\":\"Negative feelings\",\"data\":[{\"x\":\"2025-03-01\",\"y\":6},"
                        + "{\"x\":\"2025-03-02\",\"y\":null},{\"x\":\"2025-03-03\",\"y\":null}],\"borderColor\":\"#c2410c\","
                        + "\"backgroundColor\":\"#c2410c\",\"pointRadius\":3,\"spanGaps\":false,\"tension\":0.2}]},"
                        + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                        + "\"scales\":{\"x\":{\"type\":\"time\",\"min\":\"2025-03-01\",\"max\":\"2025-03-03\","
                        + "\"time\":{\"tooltipFormat\":\"D MMM YYYY\",\"minUnit\":\"day\","
                        + "\"displayFormats\":{\"day\":\"D MMM\",\"week\":\"D MMM\",\"month\":\"MMM YYYY\"}},"
                        + "\"ticks\":{\"maxRotation\":0,\"autoSkip\":true}},"
                        + "\"y\":{\"min\":0,\"max\":10,\"ticks\":{\"stepSize\":2}}},"
                        + "\"plugins\":{\"legend\":{\"position\":\"bottom\"},"
                        + "\"tooltip\":{\"mode\":\"index\",\"intersect\":false}}}}",
                config);
    }

    @Test
    void theLegendIsInTheReadersLanguage() {
        String config = TrendChart.config(List.of(), MARCH_1, MARCH_1, Locale.forLanguageTag("es"));

        assertTrue(config.contains("\"label\":\"Entumecimiento\""), config);
        assertTrue(config.contains("\"label\":\"Emociones positivas\""), config);
        assertTrue(config.contains("\"label\":\"Emociones negativas\""), config);
    }

    @Test
    void aWindowWithoutEntriesIsAllGaps() {
        String config = TrendChart.config(List.of(), MARCH_1, MARCH_1.plusDays(1), Locale.ENGLISH);

        assertEquals(6, config.split("\"y\":null", -1).length - 1, "two days of three lines, all gaps");
    }

    @Test
    void theSummarySaysTheFirstAndTheLastNumbnessOfTheWindowInWords() {
        List<JournalDay> days = List.of(
                day(MARCH_1.plusDays(9), 4, null, null),
                day(MARCH_1, 8, null, null),
                day(MARCH_1.plusDays(3), 6, null, null),
                day(MARCH_1.minusDays(1), 10, null, null));

        assertEquals(
                "Numbness 8 \u2192 4 from 1 Mar 2025 to 10 Mar 2025 (3 check-ins).",
                TrendChart.summary(days, MARCH_1, MARCH_1.plusDays(29), Locale.ENGLISH));
        assertEquals(
                "Numbness 8 on 1 Mar 2025 (one check-in).",
                TrendChart.summary(days.subList(1, 2), MARCH_1, MARCH_1.plusDays(29), Locale.ENGLISH));
        assertEquals(
                "No check-in in these days.",
                TrendChart.summary(List.of(), MARCH_1, MARCH_1.plusDays(29), Locale.ENGLISH));
    }

    @Test
    void stringsCannotCloseTheScriptOrBreakOutOfTheirQuotes() {
        assertEquals(
                "\"\\u003c/script\\u003e\\u003cb\\u003e\\\"x\\\" \\u0026 \\u0027y\\u0027 \\\\ \\u000a\\u2028\"",
                TrendChart.string("</script><b>\"x\" & 'y' \\ \n\u2028"));
        assertEquals("\"Numbness\"", TrendChart.string("Numbness"));
    }

    private static JournalDay day(LocalDate date, int numbness, Integer positive, Integer negative) {
        return new JournalDay(
                UUID.randomUUID(),
                date,
                numbness,
                positive,
                negative,
                List.of(),
                null,
                null,
                null,
                List.of(),
                null,
                null,
                null,
                Instant.EPOCH,
                null,
                null);
    }
}
