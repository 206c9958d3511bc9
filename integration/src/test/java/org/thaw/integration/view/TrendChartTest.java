package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.journal.boundary.JournalDay;

/** The chart's configuration is written raw into the page's script: exact JSON, strings escaped. */
class TrendChartTest {

    private static final LocalDate MARCH_1 = LocalDate.parse("2025-03-01");

    @Test
    void oneLabelPerDayOfTheWindowAndAGapWhereADayOrAnAnswerIsMissing() {
        List<JournalDay> days = List.of(day(MARCH_1.plusDays(2), 7, 2, null), day(MARCH_1, 5, 4, 6));

        String config = TrendChart.config(days, MARCH_1, MARCH_1.plusDays(2));

        assertEquals(
                "{\"type\":\"line\",\"data\":{\"labels\":[\"1 Mar\",\"2 Mar\",\"3 Mar\"],\"datasets\":["
                        + "{\"label\":\"Numbness\",\"data\":[5,null,7],\"borderColor\":\"#25476a\",\"backgroundColor\":\"#25476a\","
                        + "\"pointRadius\":3,\"spanGaps\":false,\"tension\":0.2},"
                        + "{\"label\":\"Positive feelings\",\"data\":[4,null,2],\"borderColor\":\"#2b8a3e\","
                        + "\"backgroundColor\":\"#2b8a3e\",\"pointRadius\":3,\"spanGaps\":false,\"tension\":0.2},"
                        + "{\"label\":\"Negative feelings\",\"data\":[6,null,null],\"borderColor\":\"#c2410c\","
                        + "\"backgroundColor\":\"#c2410c\",\"pointRadius\":3,\"spanGaps\":false,\"tension\":0.2}]},"
                        + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                        + "\"scales\":{\"y\":{\"min\":0,\"max\":10,\"ticks\":{\"stepSize\":2}}},"
                        + "\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}",
                config);
    }

    @Test
    void aWindowWithoutEntriesIsAllGaps() {
        String config = TrendChart.config(List.of(), MARCH_1, MARCH_1.plusDays(1));

        assertEquals(3, config.split("\\[null,null\\]", -1).length - 1);
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
