package org.thaw.practice.control;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The office hours setting: what it accepts, when the office is open, and how it reads to a patient. */
class OfficeHoursTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final OfficeHours WEEKDAYS = OfficeHours.parse("MON-FRI 09:00-17:00");

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Nested
    class Parsing {

        @Test
        void aRangeOfDaysAndTheTimes() {
            assertEquals(
                    new OfficeHours(
                            EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY),
                            LocalTime.of(9, 0),
                            LocalTime.of(17, 0)),
                    OfficeHours.parse("MON-FRI 09:00-17:00"));
        }

        @Test
        void aListOfDays() {
            OfficeHours hours = OfficeHours.parse("MON,TUE,THU 08:30-12:30");

            assertEquals(EnumSet.of(MONDAY, TUESDAY, THURSDAY), hours.days());
            assertEquals(LocalTime.of(8, 30), hours.opens());
            assertEquals(LocalTime.of(12, 30), hours.closes());
        }

        @Test
        void rangesAndSingleDaysMixedOverlappingOnesOnce() {
            assertEquals(
                    EnumSet.of(MONDAY, TUESDAY, WEDNESDAY, SATURDAY),
                    OfficeHours.parse("MON-WED,TUE,SAT 10:00-11:00").days());
            assertEquals(
                    EnumSet.allOf(DayOfWeek.class),
                    OfficeHours.parse("MON-SUN 00:00-23:59").days());
            assertEquals(
                    EnumSet.of(SUNDAY), OfficeHours.parse("SUN-SUN 10:00-11:00").days());
        }

        @Test
        void lowerCaseDays() {
            assertEquals(WEEKDAYS, OfficeHours.parse("mon-fri 09:00-17:00"));
            assertEquals(
                    EnumSet.of(MONDAY, WEDNESDAY),
                    OfficeHours.parse("Mon,wEd 09:00-17:00").days());
        }

        @Test
        void spacesAroundAndInside() {
            assertEquals(WEEKDAYS, OfficeHours.parse("  MON - FRI   09:00 - 17:00 "));
            assertEquals(WEEKDAYS, OfficeHours.parse("MON-FRI\t09:00-17:00\n"));
            assertEquals(
                    EnumSet.of(MONDAY, WEDNESDAY, FRIDAY),
                    OfficeHours.parse("MON, WED ,FRI 08:00-16:00").days());
            assertEquals(
                    EnumSet.of(MONDAY, WEDNESDAY),
                    OfficeHours.parse("MON,\tWED 08:00-16:00").days(),
                    "any white space between days, as between days and times");
        }

        @Test
        void whatIsNotOfficeHoursIsRefusedSayingWhatIs() {
            for (String text : new String[] {
                null,
                "",
                "   ",
                "MON-FRI", // no times
                "FRI-MON", // backwards, and no times
                "FRI-MON 09:00-17:00", // a range may not wrap over the weekend
                "MON-FRI 17:00-09:00", // closing before opening
                "MON-FRI 09:00-09:00", // never open
                "XYZ 09:00-17:00",
                "MONDAY 09:00-17:00",
                "MON-FRI 9:00-17:00", // hours in two digits
                "MON-FRI 09:00-17",
                "MON-FRI 09:00-24:00",
                "MON-FRI 09:60-17:00",
                "MON-FRI 09:00",
                "09:00-17:00",
                "MON-TUE-WED 09:00-17:00",
                "MON- 09:00-17:00",
                "-FRI 09:00-17:00",
                ",MON 09:00-17:00",
                "MON,,FRI 09:00-17:00",
                "MON, 09:00-17:00",
                ", 09:00-17:00", // no day at all
                "MON-FRI 09:00-17:00 CET",
                "MON-FRI 09.00-17.00",
            }) {
                IllegalArgumentException refused =
                        assertThrows(IllegalArgumentException.class, () -> OfficeHours.parse(text), "'" + text + "'");
                assertEquals(OfficeHours.FORMAT, refused.getMessage(), "'" + text + "'");
            }
        }

        @Test
        void theRefusalSaysWhatIsAllowed() {
            assertTrue(OfficeHours.FORMAT.contains("MON-FRI 09:00-17:00"), OfficeHours.FORMAT);
        }

        @Test
        void theRecordItselfRefusesClosingBeforeOpening() {
            assertThrows(
                    IllegalArgumentException.class,
                    () -> new OfficeHours(Set.of(MONDAY), LocalTime.of(17, 0), LocalTime.of(9, 0)));
        }
    }

    @Nested
    class OpenOrClosed {

        // Monday 6 January 2025 to Sunday 12 January 2025, no daylight saving time anywhere below

        @Test
        void opensAtOpeningTimeItself() {
            assertFalse(WEEKDAYS.isOpen(at("2025-01-06T08:59:59Z"), UTC));
            assertFalse(WEEKDAYS.isOpen(at("2025-01-06T08:59:59.999999999Z"), UTC));
            assertTrue(WEEKDAYS.isOpen(at("2025-01-06T09:00:00Z"), UTC));
        }

        @Test
        void isOpenUpToTheLastInstantBeforeClosing() {
            assertTrue(WEEKDAYS.isOpen(at("2025-01-06T16:59:59Z"), UTC));
            assertTrue(WEEKDAYS.isOpen(at("2025-01-06T16:59:59.999Z"), UTC));
            assertFalse(WEEKDAYS.isOpen(at("2025-01-06T17:00:00Z"), UTC));
        }

        @Test
        void everyWeekdayIsOpenAtNoonAndTheWeekendIsNot() {
            assertTrue(WEEKDAYS.isOpen(at("2025-01-06T12:00:00Z"), UTC));
            assertTrue(WEEKDAYS.isOpen(at("2025-01-08T12:00:00Z"), UTC));
            assertTrue(WEEKDAYS.isOpen(at("2025-01-10T12:00:00Z"), UTC));
            assertFalse(WEEKDAYS.isOpen(at("2025-01-11T12:00:00Z"), UTC), "Saturday");
            assertFalse(WEEKDAYS.isOpen(at("2025-01-12T12:00:00Z"), UTC), "Sunday");
        }

        @Test
        void aListedDayIsOpenAndTheOnesBetweenAreNot() {
            OfficeHours hours = OfficeHours.parse("MON,WED 09:00-17:00");

            assertTrue(hours.isOpen(at("2025-01-06T10:00:00Z"), UTC));
            assertFalse(hours.isOpen(at("2025-01-07T10:00:00Z"), UTC));
            assertTrue(hours.isOpen(at("2025-01-08T10:00:00Z"), UTC));
        }

        @Test
        void theTimesAreTheWallClockOfTheZone() {
            // 16:30 UTC is 17:30 in Oslo (CET, +1) and 11:30 in New York (EST, -5)
            Instant monday1630 = at("2025-01-06T16:30:00Z");
            assertTrue(WEEKDAYS.isOpen(monday1630, UTC));
            assertFalse(WEEKDAYS.isOpen(monday1630, OSLO));
            assertTrue(WEEKDAYS.isOpen(monday1630, NEW_YORK));

            assertTrue(WEEKDAYS.isOpen(at("2025-01-06T08:00:00Z"), OSLO), "09:00 in Oslo");
            assertFalse(WEEKDAYS.isOpen(at("2025-01-06T13:59:59Z"), NEW_YORK), "08:59:59 in New York");
            assertTrue(WEEKDAYS.isOpen(at("2025-01-06T14:00:00Z"), NEW_YORK), "09:00 in New York");
        }

        @Test
        void theDayIsTheDayInTheZone() {
            // Friday 23:30 UTC is already Saturday 00:30 in Oslo; Saturday 03:30 UTC is still Friday in New York
            OfficeHours saturdayAfterMidnight = OfficeHours.parse("SAT 00:00-01:00");
            assertTrue(saturdayAfterMidnight.isOpen(at("2025-01-10T23:30:00Z"), OSLO));
            assertFalse(saturdayAfterMidnight.isOpen(at("2025-01-10T23:30:00Z"), UTC));

            OfficeHours fridayLate = OfficeHours.parse("FRI 22:00-23:00");
            assertTrue(fridayLate.isOpen(at("2025-01-11T03:30:00Z"), NEW_YORK));
            assertFalse(fridayLate.isOpen(at("2025-01-11T03:30:00Z"), UTC));
        }

        @Test
        void theLastMinuteOfTheDayCannotBeOfficeHours() {
            OfficeHours allDay = OfficeHours.parse("MON-SUN 00:00-23:59");

            assertTrue(allDay.isOpen(at("2025-01-06T00:00:00Z"), UTC));
            assertTrue(allDay.isOpen(at("2025-01-06T23:58:59Z"), UTC));
            assertFalse(allDay.isOpen(at("2025-01-06T23:59:00Z"), UTC), "closing is exclusive; 24:00 is refused");
        }
    }

    @Nested
    class DaylightSavingTime {

        @Test
        void osloOpensAtNineLocalOnTheSundayTheClocksGoForward() {
            // 30 March 2025: 02:00 CET becomes 03:00 CEST; 09:00 that day is 07:00 UTC, the day before 08:00 UTC
            OfficeHours weekend = OfficeHours.parse("SAT-SUN 09:00-17:00");

            assertFalse(weekend.isOpen(at("2025-03-29T07:59:59Z"), OSLO), "Saturday 08:59:59 CET");
            assertTrue(weekend.isOpen(at("2025-03-29T08:00:00Z"), OSLO), "Saturday 09:00 CET");
            assertTrue(weekend.isOpen(at("2025-03-29T15:59:59Z"), OSLO), "Saturday 16:59:59 CET");
            assertFalse(weekend.isOpen(at("2025-03-29T16:00:00Z"), OSLO), "Saturday 17:00 CET");

            assertFalse(weekend.isOpen(at("2025-03-30T06:59:59Z"), OSLO), "Sunday 08:59:59 CEST");
            assertTrue(weekend.isOpen(at("2025-03-30T07:00:00Z"), OSLO), "Sunday 09:00 CEST");
            assertTrue(weekend.isOpen(at("2025-03-30T14:59:59Z"), OSLO), "Sunday 16:59:59 CEST");
            assertFalse(weekend.isOpen(at("2025-03-30T15:00:00Z"), OSLO), "Sunday 17:00 CEST");
        }

        @Test
        void osloWeekdaysFollowTheNewOffsetFromTheMondayAfterTheChange() {
            assertFalse(WEEKDAYS.isOpen(at("2025-03-28T07:30:00Z"), OSLO), "Friday 08:30 CET");
            assertFalse(WEEKDAYS.isOpen(at("2025-03-31T06:59:59Z"), OSLO), "Monday 08:59:59 CEST");
            assertTrue(WEEKDAYS.isOpen(at("2025-03-31T07:00:00Z"), OSLO), "Monday 09:00 CEST");
            assertFalse(WEEKDAYS.isOpen(at("2025-03-31T15:00:00Z"), OSLO), "Monday 17:00 CEST");
        }

        @Test
        void anHourTheClocksSkipIsNeverOpenAndAnHourTheyRepeatIsOpenTwice() {
            OfficeHours twoToThree = OfficeHours.parse("SUN 02:00-03:00");

            // 30 March 2025, Oslo: 01:59:59 CET is followed by 03:00:00 CEST
            assertFalse(twoToThree.isOpen(at("2025-03-30T00:59:59Z"), OSLO));
            assertFalse(twoToThree.isOpen(at("2025-03-30T01:00:00Z"), OSLO));
            // 26 October 2025, Oslo: 02:00-03:00 CEST, then 02:00-03:00 CET again
            assertFalse(twoToThree.isOpen(at("2025-10-25T23:59:59Z"), OSLO), "01:59:59 CEST");
            assertTrue(twoToThree.isOpen(at("2025-10-26T00:00:00Z"), OSLO), "02:00 CEST");
            assertTrue(twoToThree.isOpen(at("2025-10-26T01:30:00Z"), OSLO), "02:30 CET, the second time");
            assertFalse(twoToThree.isOpen(at("2025-10-26T02:00:00Z"), OSLO), "03:00 CET");
        }

        @Test
        void newYorkOpensAtNineLocalOnTheSundayTheClocksGoForward() {
            // 9 March 2025: 02:00 EST becomes 03:00 EDT; 09:00 is 14:00 UTC the day before, 13:00 UTC that day
            OfficeHours weekend = OfficeHours.parse("SAT-SUN 09:00-17:00");

            assertFalse(weekend.isOpen(at("2025-03-08T13:30:00Z"), NEW_YORK), "Saturday 08:30 EST");
            assertTrue(weekend.isOpen(at("2025-03-08T14:00:00Z"), NEW_YORK), "Saturday 09:00 EST");
            assertFalse(weekend.isOpen(at("2025-03-09T12:59:59Z"), NEW_YORK), "Sunday 08:59:59 EDT");
            assertTrue(weekend.isOpen(at("2025-03-09T13:00:00Z"), NEW_YORK), "Sunday 09:00 EDT");
            assertTrue(weekend.isOpen(at("2025-03-09T13:30:00Z"), NEW_YORK), "Sunday 09:30 EDT");
            assertFalse(weekend.isOpen(at("2025-03-09T21:00:00Z"), NEW_YORK), "Sunday 17:00 EDT");
        }

        @Test
        void newYorkWhenTheClocksGoBack() {
            // 2 November 2025: 02:00 EDT becomes 01:00 EST; 01:00-02:00 happens twice
            OfficeHours weekend = OfficeHours.parse("SAT-SUN 09:00-17:00");
            assertTrue(weekend.isOpen(at("2025-11-01T13:00:00Z"), NEW_YORK), "Saturday 09:00 EDT");
            assertFalse(weekend.isOpen(at("2025-11-02T13:30:00Z"), NEW_YORK), "Sunday 08:30 EST");
            assertTrue(weekend.isOpen(at("2025-11-02T14:00:00Z"), NEW_YORK), "Sunday 09:00 EST");
            assertFalse(weekend.isOpen(at("2025-11-02T22:00:00Z"), NEW_YORK), "Sunday 17:00 EST");

            OfficeHours oneToTwo = OfficeHours.parse("SUN 01:00-02:00");
            assertFalse(oneToTwo.isOpen(at("2025-11-02T04:59:59Z"), NEW_YORK), "00:59:59 EDT");
            assertTrue(oneToTwo.isOpen(at("2025-11-02T05:00:00Z"), NEW_YORK), "01:00 EDT");
            assertTrue(oneToTwo.isOpen(at("2025-11-02T06:59:59Z"), NEW_YORK), "01:59:59 EST, the second time");
            assertFalse(oneToTwo.isOpen(at("2025-11-02T07:00:00Z"), NEW_YORK), "02:00 EST");
        }
    }

    @Nested
    class Describe {

        @Test
        void aRangeOfThreeOrMoreDaysReadsFromTo() {
            assertEquals("Monday to Friday, 09:00–17:00", WEEKDAYS.describe());
            assertEquals(
                    "Monday to Sunday, 00:00–23:59",
                    OfficeHours.parse("MON-SUN 00:00-23:59").describe());
            assertEquals(
                    "Tuesday to Thursday, 08:30–12:30",
                    OfficeHours.parse("TUE,WED,THU 08:30-12:30").describe(),
                    "a list that happens to be a range reads as one");
        }

        @Test
        void otherDaysAreListedInWeekOrder() {
            assertEquals(
                    "Monday, Wednesday, Friday, 08:30–12:30",
                    OfficeHours.parse("FRI,MON,WED 08:30-12:30").describe());
            assertEquals(
                    "Saturday, Sunday, 10:00–14:00",
                    OfficeHours.parse("SAT-SUN 10:00-14:00").describe());
            assertEquals(
                    "Monday, Tuesday, Thursday, Friday, 09:00–17:00",
                    OfficeHours.parse("MON-TUE,THU-FRI 09:00-17:00").describe());
            assertEquals(
                    "Tuesday, 09:00–17:00", OfficeHours.parse("tue 09:00-17:00").describe());
        }

        @Test
        void noDaysSaysSo() {
            assertEquals(
                    "no days, 09:00–17:00",
                    new OfficeHours(Set.of(), LocalTime.of(9, 0), LocalTime.of(17, 0)).describe());
        }
    }
}
