package org.thaw.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.control.FlagSettings;
import org.thaw.flag.control.FlagThresholds;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeAdmin;
import org.thaw.screener.SafetyAnswerTests;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.testing.Fixture;

/**
 * The practice settings an admin reads and changes: who may, a change refused whole when one value
 * is bad, and a valid one taking effect in the flag rules. The one committed change is put back
 * before its test ends. How the boundary tests share one database: {@link AbstractBoundaryIT}.
 */
public abstract class SettingsBoundaryTests extends SafetyAnswerTests {

    @Inject
    FlagSettings flagSettings;

    @Test
    void aClinicianCannotReadOrChangePracticeSettingsAndTheAttemptsAreAudited() throws SQLException {
        long before = lastAuditId();
        clinician("dr.one");

        assertThrows(AccessDeniedException.class, practiceAdmin::settings);
        assertThrows(
                AccessDeniedException.class, () -> practiceAdmin.change(Map.of("flag.hopelessness.min_entries", "1")));

        assertEquals(
                List.of(
                        new AuditRow(
                                "sub-dr.one", "dr.one", "clinician", "READ", "practice_setting", null, null, "DENIED"),
                        new AuditRow(
                                "sub-dr.one",
                                "dr.one",
                                "clinician",
                                "UPDATE",
                                "practice_setting",
                                null,
                                null,
                                "DENIED")),
                auditRowsAfter(before));
        assertEquals(FlagThresholds.DEFAULTS, flagSettings.thresholds());
    }

    @Test
    void aChangeWithOneBadValueIsRefusedNamingItsKeyAndNoneOfItIsSaved() {
        admin("admin.one");
        Map<String, String> change = new LinkedHashMap<>();
        change.put("flag.hopelessness.window_days", "10");
        change.put("flag.hopelessness.min_entries", "31");

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> practiceAdmin.change(change));

        assertEquals("flag.hopelessness.min_entries", refused.field());
        assertEquals("must be a whole number from 1 to 30", refused.getMessage());
        assertEquals(
                "flag.unknown",
                assertThrows(InvalidInputException.class, () -> practiceAdmin.change(Map.of("flag.unknown", "3")))
                        .field());
        assertEquals(FlagThresholds.DEFAULTS, flagSettings.thresholds());
        assertEquals(
                Map.of("flag.hopelessness.window_days", "7", "flag.hopelessness.min_entries", "3"),
                settingValues("flag.hopelessness.window_days", "flag.hopelessness.min_entries"));
    }

    @Test
    void aValidChangeTakesEffectInTheFlagRules() throws Exception {
        String key = "flag.hopelessness.min_entries";
        admin("admin.one");
        practiceAdmin.change(Map.of(key, " 2 "));
        try {
            assertEquals(2, flagSettings.thresholds().hopelessMinEntries());
            admin("admin.one");
            assertEquals(Map.of(key, "2"), settingValues(key));

            LocalDate today = today(Fixture.ANNA_ZONE);
            inATransactionThatIsRolledBack(() -> {
                earlierCheckIns(Fixture.ANNA, today, 1, 3, 1);
                patient("pat.one");
                myJournal.save(today, checkIn(3, true));

                assertTrue(summaries(onlyFlag(Fixture.ANNA, FlagType.HOPELESSNESS))
                        .get(0)
                        .startsWith("felt hopeless on 2 days, "));
            });
        } finally {
            admin("admin.one");
            practiceAdmin.change(Map.of(key, "3"));
        }
        assertEquals(FlagThresholds.DEFAULTS, flagSettings.thresholds());
    }

    // --- helpers ---

    /** The values the admin's settings page shows for these keys (the caller must be an admin). */
    private Map<String, String> settingValues(String... keys) {
        Set<String> wanted = Set.of(keys);
        return practiceAdmin.settings().stream()
                .filter(s -> wanted.contains(s.key()))
                .collect(Collectors.toMap(PracticeAdmin.Setting::key, PracticeAdmin.Setting::value));
    }
}
