package org.thaw.practice.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.thaw.practice.control.OfficeHours;

/** What the admin may type into each practice setting, at the edges. */
class SettingDefinitionTest {

    private static final String NUMBER_REFUSAL = "must be a whole number from 7 to 60";
    private static final String ZONE_REFUSAL = "must be a time zone region such as Europe/Oslo or UTC";
    private static final String OFFSET_REFUSAL = "must be a region such as Europe/Oslo, not an offset";

    private static SettingDefinition definition(String key) {
        return SettingDefinition.of(key).orElseThrow(() -> new AssertionError(key + " is not defined"));
    }

    @Nested
    class WholeNumbers {

        /** 7 to 60 days. */
        private final SettingDefinition window = definition("flag.persistent_numbness.window_days");

        @Test
        void bothEndsOfTheRangeAreAllowed() {
            assertEquals(Optional.empty(), window.problemWith("7"));
            assertEquals(Optional.empty(), window.problemWith("60"));
        }

        @Test
        void oneBeyondEitherEndIsRefusedSayingTheRange() {
            assertEquals(Optional.of(NUMBER_REFUSAL), window.problemWith("6"));
            assertEquals(Optional.of(NUMBER_REFUSAL), window.problemWith("61"));
            assertEquals(Optional.of(NUMBER_REFUSAL), window.problemWith("-14"));
        }

        @Test
        void surroundingSpacesAreIgnored() {
            assertEquals(Optional.empty(), window.problemWith(" 14\n"));
        }

        @Test
        void anythingButAWholeNumberIsRefusedSayingTheRange() {
            for (String value :
                    new String[] {null, "", "   ", "fourteen", "14.0", "14,5", "1e1", "14 days", "99999999999"}) {
                assertEquals(Optional.of(NUMBER_REFUSAL), window.problemWith(value), "'" + value + "'");
            }
        }

        @Test
        void aShareIsAPercentageFromOneToAHundred() {
            SettingDefinition share = definition("flag.persistent_numbness.min_numb_percent");
            assertEquals(Optional.empty(), share.problemWith("1"));
            assertEquals(Optional.empty(), share.problemWith("100"));
            assertEquals(Optional.of("must be a whole number from 1 to 100"), share.problemWith("0"));
            assertEquals(Optional.of("must be a whole number from 1 to 100"), share.problemWith("101"));
        }
    }

    @Nested
    class TimeZones {

        private final SettingDefinition zone = definition("practice.time_zone");

        @Test
        void aRegionIsAllowedWithOrWithoutSurroundingSpaces() {
            assertEquals(Optional.empty(), zone.problemWith("Europe/Oslo"));
            assertEquals(Optional.empty(), zone.problemWith("  Pacific/Auckland "));
        }

        @Test
        void utcIsAllowed() {
            assertEquals(Optional.empty(), zone.problemWith("UTC"));
        }

        @Test
        void aBareOffsetIsRefusedAsAnOffset() {
            for (String value : new String[] {"+02:00", "-05:00", "Z", "+0"}) {
                assertEquals(Optional.of(OFFSET_REFUSAL), zone.problemWith(value), value);
            }
        }

        @Test
        void anOffsetBehindAPrefixIsRefusedAsAnOffset() {
            for (String value : new String[] {"UTC+02:00", "UTC+2", "GMT-5", "UT+1"}) {
                assertEquals(Optional.of(OFFSET_REFUSAL), zone.problemWith(value), value);
            }
        }

        @Test
        void anythingThatIsNoZoneIsRefused() {
            for (String value : new String[] {null, "", "  ", "Oslo", "utc", "Mars/Olympus_Mons", "Europe/Oslo!"}) {
                assertEquals(Optional.of(ZONE_REFUSAL), zone.problemWith(value), "'" + value + "'");
            }
        }
    }

    @Nested
    class OfficeHoursSetting {

        private final SettingDefinition hours = definition("messaging.office_hours");

        @Test
        void isOfficeHoursDefaultingToWeekdaysNineToFive() {
            assertEquals(SettingDefinition.Kind.OFFICE_HOURS, hours.kind());
            assertEquals("MON-FRI 09:00-17:00", hours.defaultValue());
        }

        @Test
        void rangesListsLowerCaseAndSpacesAreAllowed() {
            for (String value : new String[] {
                "MON-FRI 09:00-17:00",
                "MON,TUE,THU 08:30-12:30",
                "mon-fri 08:00-16:00",
                "  MON - FRI  09:00 - 17:00\n",
                "MON-WED,FRI 07:00-15:30",
                "SUN 10:00-11:00"
            }) {
                assertEquals(Optional.empty(), hours.problemWith(value), "'" + value + "'");
            }
        }

        @Test
        void anythingElseIsRefusedSayingWhatIsAllowed() {
            for (String value : new String[] {
                null,
                "",
                "  ",
                "MON-FRI",
                "FRI-MON",
                "FRI-MON 09:00-17:00",
                "MON-FRI 17:00-09:00",
                "XYZ 09:00-17:00",
                "MON-FRI 9:00-17:00",
                "MON-FRI 09:00-24:00",
                ", 09:00-17:00",
                "always"
            }) {
                assertEquals(Optional.of(OfficeHours.FORMAT), hours.problemWith(value), "'" + value + "'");
            }
        }

        @Test
        void theResponseTimeIsTextOfThreeToAHundredCharacters() {
            SettingDefinition responseTime = definition("messaging.response_time");

            assertEquals(SettingDefinition.Kind.TEXT, responseTime.kind());
            assertEquals(Optional.empty(), responseTime.problemWith("abc"));
            assertEquals(Optional.empty(), responseTime.problemWith("x".repeat(100)));
            assertEquals(Optional.of("must be 3 to 100 characters"), responseTime.problemWith("ab"));
            assertEquals(Optional.of("must be 3 to 100 characters"), responseTime.problemWith("x".repeat(101)));
        }
    }

    @Test
    void onlyDefinedKeysAreSettings() {
        assertTrue(SettingDefinition.of("practice.time_zone").isPresent());
        assertEquals(Optional.empty(), SettingDefinition.of("flag.persistent_numbness"));
        assertEquals(Optional.empty(), SettingDefinition.of("FLAG.HOPELESSNESS.MIN_ENTRIES"));
        assertEquals(Optional.empty(), SettingDefinition.of(null));
    }

    @Test
    void everyDefaultIsAValueItsOwnDefinitionAllows() {
        for (SettingDefinition d : SettingDefinition.ALL) {
            assertEquals(Optional.empty(), d.problemWith(d.defaultValue()), d.key());
        }
    }

    @Test
    void theMigrationsStoreEveryDefinedSettingWithItsDefault() throws IOException {
        Map<String, String> stored = new TreeMap<>(insertedSettings("db/migration/V1__platform.sql"));
        stored.putAll(insertedSettings("db/migration/V4__flags.sql"));
        stored.putAll(insertedSettings("db/migration/V5__screeners.sql"));
        stored.putAll(insertedSettings("db/migration/V6__messaging.sql"));
        stored.putAll(insertedSettings("db/migration/V11__medications.sql"));
        stored.putAll(insertedSettings("db/migration/V12__plans.sql"));
        stored.putAll(insertedSettings("db/migration/V14__invitations.sql"));
        stored.putAll(insertedSettings("db/migration/V18__languages_of_answers.sql"));
        stored.putAll(insertedSettings("db/migration/V20__after_hours_reply_in_spanish.sql"));

        Map<String, String> defaults = SettingDefinition.ALL.stream()
                .collect(Collectors.toMap(
                        SettingDefinition::key, SettingDefinition::defaultValue, (a, b) -> a, TreeMap::new));

        assertEquals(defaults, stored);
    }

    /** The (key, value) rows a migration inserts into practice_setting. */
    private static Map<String, String> insertedSettings(String migration) throws IOException {
        String sql;
        try (InputStream in = SettingDefinitionTest.class.getClassLoader().getResourceAsStream(migration)) {
            assertTrue(in != null, migration + " is on the class path");
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> rows = new TreeMap<>();
        Matcher row =
                Pattern.compile("\\('([a-z0-9_.]+)', '([^']*)', 'migration'\\)").matcher(sql);
        while (row.find()) {
            rows.put(row.group(1), row.group(2));
        }
        return rows;
    }
}
