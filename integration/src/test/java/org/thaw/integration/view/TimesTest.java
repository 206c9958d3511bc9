package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "Today" and "Yesterday" come from the given clock, in the reader's zone, never from the server's. */
class TimesTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** 23:30 UTC on 1 March 2025: already 2 March in Oslo, still the afternoon of 1 March in Los Angeles. */
    private static final Clock LATE_ON_MARCH_1_UTC = Clock.fixed(Instant.parse("2025-03-01T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void aMomentOnTheClocksDayInTheZoneIsToday() {
        assertEquals("Today, 00:10", Times.relative(Instant.parse("2025-03-01T23:10:00Z"), OSLO, LATE_ON_MARCH_1_UTC));
    }

    @Test
    void theDayBeforeTheClocksDayIsYesterday() {
        assertEquals(
                "Yesterday, 22:50", Times.relative(Instant.parse("2025-03-01T21:50:00Z"), OSLO, LATE_ON_MARCH_1_UTC));
    }

    @Test
    void olderMomentsAreWrittenInFull() {
        assertEquals(
                "28 Feb 2025, 09:00", Times.relative(Instant.parse("2025-02-28T08:00:00Z"), OSLO, LATE_ON_MARCH_1_UTC));
    }

    @Test
    void theSameMomentIsTodayOrYesterdayDependingOnTheReadersZone() {
        Instant earlyOnMarch1 =
                Instant.parse("2025-03-01T06:00:00Z"); // 07:00 on 1 March in Oslo, 22:00 on 28 Feb in Los Angeles

        assertEquals("Yesterday, 07:00", Times.relative(earlyOnMarch1, OSLO, LATE_ON_MARCH_1_UTC));
        assertEquals("Yesterday, 22:00", Times.relative(earlyOnMarch1, LOS_ANGELES, LATE_ON_MARCH_1_UTC));
        assertEquals(
                "Today, 22:00",
                Times.relative(
                        earlyOnMarch1,
                        LOS_ANGELES,
                        Clock.fixed(Instant.parse("2025-03-01T07:00:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void theClocksOwnZoneDoesNotMatter() {
        Clock sameInstantElsewhere = LATE_ON_MARCH_1_UTC.withZone(ZoneId.of("Pacific/Auckland"));

        assertEquals("Today, 00:10", Times.relative(Instant.parse("2025-03-01T23:10:00Z"), OSLO, sameInstantElsewhere));
    }

    @Test
    void noMomentIsAnEmptyText() {
        assertEquals("", Times.relative(null, OSLO, LATE_ON_MARCH_1_UTC));
    }

    @Test
    void theChartsMonthNamesAreThoseOfTheDaysOnThePage() {
        for (Locale locale : Languages.SUPPORTED) {
            List<String> months = Times.months(locale);
            assertEquals(12, months.size());
            for (int m = 1; m <= 12; m++) {
                String day = Times.day(LocalDate.of(2026, m, 3), locale);
                assertEquals("3 " + months.get(m - 1) + " 2026", day, locale + " month " + m);
            }
        }
        assertEquals("dic", Times.months(Locale.forLanguageTag("es")).get(11));
        assertEquals("Dec", Times.months(Locale.ENGLISH).get(11));
    }
}
