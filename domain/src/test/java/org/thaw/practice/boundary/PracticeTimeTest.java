package org.thaw.practice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.thaw.practice.control.PracticeSettings;

/** A screen's zone is the patient's if it is one, else the practice's (never UTC by default); today follows the clock. */
class PracticeTimeTest {

    private static final ZoneId PRACTICE = ZoneId.of("America/Los_Angeles");
    private static final Instant LATE_ON_MARCH_1_UTC = Instant.parse("2025-03-01T23:30:00Z");

    private final PracticeTime time = practiceTime(PRACTICE, Clock.fixed(LATE_ON_MARCH_1_UTC, ZoneOffset.UTC));

    @Test
    void theZoneIsThePracticeSetting() {
        assertEquals(PRACTICE, time.zone());
    }

    @Test
    void aPatientsOwnZoneIsKept() {
        assertEquals(ZoneId.of("Europe/Oslo"), time.zone("Europe/Oslo"));
        assertEquals(ZoneId.of("Europe/Oslo"), time.zone(" Europe/Oslo\n"));
    }

    @Test
    void noZoneOrAnUnknownOneIsThePractices() {
        assertEquals(PRACTICE, time.zone(null));
        assertEquals(PRACTICE, time.zone(""));
        assertEquals(PRACTICE, time.zone("  "));
        assertEquals(PRACTICE, time.zone("Mars/Olympus_Mons"));
    }

    @Test
    void todayIsTheClocksDayInTheGivenZone() {
        assertEquals(LocalDate.of(2025, 3, 2), time.today(ZoneId.of("Europe/Oslo")));
        assertEquals(LocalDate.of(2025, 3, 1), time.today(PRACTICE));
        assertEquals(LocalDate.of(2025, 3, 1), time.today(ZoneOffset.UTC));
    }

    @Test
    void theClocksOwnZoneDoesNotDecideTheDay() {
        PracticeTime auckland = practiceTime(PRACTICE, Clock.fixed(LATE_ON_MARCH_1_UTC, ZoneId.of("Pacific/Auckland")));

        assertEquals(LocalDate.of(2025, 3, 1), auckland.today(PRACTICE));
    }

    private static PracticeTime practiceTime(ZoneId practiceZone, Clock clock) {
        PracticeTime time = new PracticeTime();
        time.settings = new PracticeSettings() {
            @Override
            public ZoneId timeZone() {
                return practiceZone;
            }
        };
        time.clock = clock;
        return time;
    }
}
