package org.thaw.journal.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thaw.platform.InvalidInputException;

/**
 * A journal day is a calendar day in the patient's own zone, so "today" and "yesterday" depend on
 * where the patient is, not on the server's clock zone (always UTC).
 */
class JournalDaysTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private static final Clock MORNING_OF_MARCH_1 = at("2025-03-01T09:30:00Z");

    @Test
    void todayAndYesterdayAreWritable() {
        assertDoesNotThrow(() -> JournalDays.requireWritable(date("2025-03-01"), MORNING_OF_MARCH_1, UTC));
        assertDoesNotThrow(() -> JournalDays.requireWritable(date("2025-02-28"), MORNING_OF_MARCH_1, UTC));
    }

    @Test
    void theDayBeforeYesterdayIsReadOnlyAndTheRefusalNamesTheDateAndToday() {
        InvalidInputException refused = refusedWriting("2025-02-27", MORNING_OF_MARCH_1, UTC);

        assertEquals("date", refused.field());
        assertTrue(refused.getMessage().contains("2025-03-01"), refused.getMessage());
    }

    @Test
    void aPaperDiaryDayIsTwoToNinetyDaysBack() {
        assertDoesNotThrow(() -> JournalDays.requirePaperDay(date("2025-02-27"), MORNING_OF_MARCH_1, UTC));
        assertDoesNotThrow(() -> JournalDays.requirePaperDay(date("2024-12-01"), MORNING_OF_MARCH_1, UTC));
    }

    @ParameterizedTest(name = "{0} is not a paper-diary day on 2025-03-01")
    @CsvSource({
        "2025-02-28", // yesterday: 1 day back, the patient's own
        "2025-03-01", // today
        "2025-03-02", // tomorrow
        "2024-11-30" // 91 days back
    })
    void yesterdayTodayAnd91DaysBackAreRefusedNamingTheDate(String day) {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> JournalDays.requirePaperDay(date(day), MORNING_OF_MARCH_1, UTC));

        assertEquals("date", refused.field());
        assertTrue(refused.getMessage().contains("2024-12-01 to 2025-02-27"), refused.getMessage());
    }

    @Test
    void thePaperDiaryWindowFollowsThePatientsZone() {
        Clock lateOnMarch1Utc = at("2025-03-01T13:00:00Z"); // 02:00 on March 2 in Auckland
        assertDoesNotThrow(() -> JournalDays.requirePaperDay(date("2025-02-28"), lateOnMarch1Utc, AUCKLAND));
        assertThrows(
                InvalidInputException.class,
                () -> JournalDays.requirePaperDay(date("2025-02-28"), lateOnMarch1Utc, UTC),
                "in UTC it is still March 1: Feb 28 is yesterday");
    }

    @Test
    void tomorrowIsNotWritableYet() {
        assertEquals(
                "date", refusedWriting("2025-03-02", MORNING_OF_MARCH_1, UTC).field());
    }

    @Test
    void aMissingDateIsRefusedNamingTheDate() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> JournalDays.requireWritable(null, MORNING_OF_MARCH_1, UTC));

        assertEquals("date", refused.field());
    }

    @Test
    void inAucklandTheNextDayHasAlreadyBegunWhileItIsStillEveningInUtc() {
        Clock lateEveningUtc = at("2025-03-01T23:30:00Z"); // 12:30 on 2 March in Auckland (UTC+13)

        assertEquals(date("2025-03-02"), JournalDays.today(lateEveningUtc, AUCKLAND));
        assertDoesNotThrow(() -> JournalDays.requireWritable(date("2025-03-02"), lateEveningUtc, AUCKLAND));
        assertDoesNotThrow(() -> JournalDays.requireWritable(date("2025-03-01"), lateEveningUtc, AUCKLAND));
        assertEquals(
                "date", refusedWriting("2025-02-28", lateEveningUtc, AUCKLAND).field());

        assertEquals(
                "date",
                refusedWriting("2025-03-02", lateEveningUtc, UTC).field(),
                "the same instant is still 1 March for a patient in UTC");
    }

    @Test
    void inLosAngelesItIsStillYesterdayWhileTheNextDayHasBegunInUtc() {
        Clock earlyMorningUtc = at("2025-03-02T03:00:00Z"); // 19:00 on 1 March in Los Angeles (UTC-8)

        assertEquals(date("2025-03-01"), JournalDays.today(earlyMorningUtc, LOS_ANGELES));
        assertDoesNotThrow(() -> JournalDays.requireWritable(date("2025-03-01"), earlyMorningUtc, LOS_ANGELES));
        assertDoesNotThrow(() -> JournalDays.requireWritable(date("2025-02-28"), earlyMorningUtc, LOS_ANGELES));
        assertEquals(
                "date",
                refusedWriting("2025-03-02", earlyMorningUtc, LOS_ANGELES).field(),
                "2 March has not begun in Los Angeles");
    }

    @ParameterizedTest(name = "{0} is {1} in Auckland")
    @CsvSource({
        "2025-03-01T10:59:59Z, 2025-03-01",
        "2025-03-01T11:00:00Z, 2025-03-02",
    })
    void theLocalDayTurnsAtLocalMidnight(String instant, String localDay) {
        assertEquals(date(localDay), JournalDays.today(at(instant), AUCKLAND));
    }

    @Test
    void aWindowOf366DaysIsAccepted() {
        LocalDate from = date("2024-03-01");

        assertDoesNotThrow(() -> JournalDays.requireWindow(from, from));
        assertDoesNotThrow(() -> JournalDays.requireWindow(from, from.plusDays(365)));
    }

    @Test
    void aWindowOf367DaysIsRefusedNamingTo() {
        LocalDate from = date("2024-03-01");

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> JournalDays.requireWindow(from, from.plusDays(366)));

        assertEquals("to", refused.field());
    }

    @Test
    void aReversedWindowIsRefusedNamingFrom() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> JournalDays.requireWindow(date("2025-03-02"), date("2025-03-01")));

        assertEquals("from", refused.field());
    }

    @Test
    void aWindowWithoutAnEndIsRefusedNamingTheMissingEnd() {
        LocalDate day = date("2025-03-01");

        assertEquals(
                "from",
                assertThrows(InvalidInputException.class, () -> JournalDays.requireWindow(null, day))
                        .field());
        assertEquals(
                "to",
                assertThrows(InvalidInputException.class, () -> JournalDays.requireWindow(day, null))
                        .field());
    }

    @Test
    void aStreakCountsTheDaysInARowEndingToday() {
        assertEquals(
                3,
                JournalDays.streak(
                        dates("2025-03-01", "2025-02-28", "2025-02-27", "2025-02-25"), MORNING_OF_MARCH_1, UTC));
    }

    @Test
    void aStreakIsNotBrokenBeforeTodaysCheckInIsDue() {
        assertEquals(
                2,
                JournalDays.streak(dates("2025-02-28", "2025-02-27"), MORNING_OF_MARCH_1, UTC),
                "today is not over: the run ending yesterday still counts");
    }

    @Test
    void aMissedYesterdayEndsTheStreak() {
        assertEquals(0, JournalDays.streak(dates("2025-02-27", "2025-02-26"), MORNING_OF_MARCH_1, UTC));
        assertEquals(1, JournalDays.streak(dates("2025-03-01", "2025-02-27"), MORNING_OF_MARCH_1, UTC));
        assertEquals(0, JournalDays.streak(List.of(), MORNING_OF_MARCH_1, UTC));
    }

    @Test
    void aStreakEndsOnTheDayThatIsTodayInThePatientsZone() {
        Clock lateEveningUtc = at("2025-03-01T23:30:00Z"); // already 2 March in Auckland

        assertEquals(1, JournalDays.streak(dates("2025-03-02"), lateEveningUtc, AUCKLAND));
        assertEquals(0, JournalDays.streak(dates("2025-03-02"), lateEveningUtc, UTC), "2 March is tomorrow in UTC");
    }

    private static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    private static InvalidInputException refusedWriting(String date, Clock clock, ZoneId zone) {
        return assertThrows(InvalidInputException.class, () -> JournalDays.requireWritable(date(date), clock, zone));
    }

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    private static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }
}
