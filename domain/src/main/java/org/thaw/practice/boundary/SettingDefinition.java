package org.thaw.practice.boundary;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.thaw.practice.control.OfficeHours;

/**
 * A practice setting the admin may change: its key, a label, and what values are allowed.
 * {@link #ALL} lists them; features add theirs here.
 */
public record SettingDefinition(String key, String label, Kind kind, int min, int max, String defaultValue) {

    /** What kind of value a setting holds. */
    public enum Kind {
        WHOLE_NUMBER,
        TIME_ZONE,
        /** Free text of {@code min} to {@code max} characters, shown to patients as plain text. */
        TEXT,
        /** Office hours such as MON-FRI 09:00-17:00 (see OfficeHours). */
        OFFICE_HOURS
    }

    /** The crisis resources a patient sees at once after a safety answer and behind "Need help now?". */
    public static final String CRISIS_RESOURCES = "crisis.resources";

    /** Used when the practice has not set its own (or removed the row): never an empty page. */
    public static final String DEFAULT_CRISIS_RESOURCES = "If you are in danger or thinking about harming yourself,"
            + " call your local emergency number now (112 in Europe, 911 in the US and Canada), or go to the nearest"
            + " emergency department.\nIn the US, call or text 988 (Suicide & Crisis Lifeline) or chat at"
            + " 988lifeline.org, any time, day or night.\nElsewhere, your emergency number can put you through to a"
            + " local crisis line.";

    /** The crisis resources in Spanish, shown instead to a patient who reads Thaw in Spanish. */
    public static final String CRISIS_RESOURCES_ES = "crisis.resources.es";

    /** Thaw's Spanish default, the same help as {@link #DEFAULT_CRISIS_RESOURCES}. */
    public static final String DEFAULT_CRISIS_RESOURCES_ES = "Si está en peligro o piensa en hacerse daño, llame"
            + " ahora a su número local de emergencias (112 en Europa, 911 en EE. UU. y Canadá) o vaya al servicio"
            + " de urgencias más cercano.\nEn EE. UU., llame o envíe un mensaje de texto al 988 (Línea de Prevención"
            + " del Suicidio y Crisis, con atención en español) o chatee en 988lifeline.org, a cualquier hora, de"
            + " día o de noche.\nEn otros lugares, su número de emergencias puede comunicarle con una línea de"
            + " crisis local.";

    public static final List<SettingDefinition> ALL = List.of(
            new SettingDefinition(
                    "practice.time_zone",
                    "Practice time zone (a region such as Europe/Oslo)",
                    Kind.TIME_ZONE,
                    0,
                    0,
                    "UTC"),
            number("flag.numb_entry.min_numbness", "A numb entry has numbness of at least", 1, 10, 6),
            number("flag.persistent_numbness.window_days", "Persistent numbness: window (days)", 7, 60, 14),
            number(
                    "flag.persistent_numbness.min_entries",
                    "Persistent numbness: entries needed in the window",
                    1,
                    60,
                    10),
            number(
                    "flag.persistent_numbness.min_numb_percent",
                    "Persistent numbness: share of numb entries (%)",
                    1,
                    100,
                    80),
            number("flag.functional_impact.window_days", "Numbness affecting daily life: window (days)", 1, 30, 7),
            number("flag.functional_impact.min_entries", "Numbness affecting daily life: days needed", 1, 30, 3),
            number("flag.hopelessness.window_days", "Hopelessness: window (days)", 1, 30, 7),
            number("flag.hopelessness.min_entries", "Hopelessness: days needed", 1, 30, 3),
            number("flag.disengaged.gap_days", "No check-ins: days without an entry", 2, 60, 7),
            number("flag.disengaged.prior_days", "No check-ins: days looked at before the gap", 1, 60, 14),
            number("flag.disengaged.prior_min_entries", "No check-ins: entries needed before the gap", 1, 60, 3),
            number("screener.follow_up_days", "PHQ-9 and GAD-7 follow-ups: every (days)", 1, 90, 14),
            number("flag.worsening.phq9_rise", "Worsening scores: PHQ-9 points above the first", 1, 27, 5),
            number("flag.worsening.gad7_rise", "Worsening scores: GAD-7 points above the first", 1, 21, 4),
            number("flag.screener.window_days", "PHQ-9 parts of the rules: a PHQ-9 of the last (days)", 1, 60, 14),
            number("flag.hopelessness.phq9_item2_min", "Hopelessness: PHQ-9 item 2 at least (0–3)", 1, 3, 2),
            number(
                    "flag.functional_impact.phq9_difficulty_min",
                    "Daily life affected (PHQ-9 difficulty): difficulty at least (0–3; 2 = very difficult)",
                    1,
                    3,
                    2),
            number(
                    "flag.medication_onset.min_days",
                    "Possible medication-related blunting: onset at least (days after a start or dose increase)",
                    1,
                    56,
                    7),
            number(
                    "flag.medication_onset.max_days",
                    "Possible medication-related blunting: onset at most (days after a start or dose increase)",
                    7,
                    182,
                    56),
            number(
                    "flag.medication_onset.clear_days",
                    "Possible medication-related blunting: days before the start without a numb entry",
                    1,
                    60,
                    14),
            number(
                    "flag.medication_onset.mean_window_days",
                    "Possible medication-related blunting: days of each mean numbness",
                    3,
                    30,
                    7),
            number(
                    "flag.medication_onset.mean_min_entries",
                    "Possible medication-related blunting: entries each mean needs",
                    1,
                    30,
                    4),
            number(
                    "flag.medication_onset.mean_rise",
                    "Possible medication-related blunting: mean numbness points above the mean before",
                    1,
                    10,
                    3),
            number(
                    "flag.medication_onset.report_min_blunting",
                    "Possible medication-related blunting: a reported blunting of at least (0–10)",
                    1,
                    10,
                    6),
            number(
                    "flag.not_improving.days",
                    "Not improving: days after the treatment plan started before PHQ-9 response is judged",
                    28,
                    365,
                    84),
            number(
                    "invitation.lifetime.hours",
                    "Invitations: the link in an invitation e-mail works for (hours)",
                    1,
                    168,
                    24),
            new SettingDefinition(
                    CRISIS_RESOURCES,
                    "Crisis resources (shown to patients after a safety answer and" + " behind \"Need help now?\")",
                    Kind.TEXT,
                    20,
                    2000,
                    DEFAULT_CRISIS_RESOURCES),
            new SettingDefinition(
                    CRISIS_RESOURCES_ES,
                    "Crisis resources in Spanish (shown instead to patients who read Thaw in Spanish)",
                    Kind.TEXT,
                    20,
                    2000,
                    DEFAULT_CRISIS_RESOURCES_ES),
            new SettingDefinition(
                    "messaging.office_hours",
                    "Office hours, in the practice time zone (e.g. MON-FRI 09:00-17:00);"
                            + " messages outside them get an automatic reply",
                    Kind.OFFICE_HOURS,
                    0,
                    0,
                    "MON-FRI 09:00-17:00"),
            new SettingDefinition(
                    "messaging.response_time",
                    "Expected response time, as the automatic reply says it" + " (\"We usually reply ...\")",
                    Kind.TEXT,
                    3,
                    100,
                    "within 2 working days"),
            new SettingDefinition(
                    "messaging.response_time.es",
                    "Expected response time in Spanish, as the automatic reply says it to patients who read Thaw"
                            + " in Spanish (\"Solemos responder ...\")",
                    Kind.TEXT,
                    3,
                    100,
                    "en un plazo de 2 días hábiles"));

    private static SettingDefinition number(String key, String label, int min, int max, int dflt) {
        return new SettingDefinition(key, label, Kind.WHOLE_NUMBER, min, max, String.valueOf(dflt));
    }

    /**
     * True for a bare or prefixed offset ("+02:00", "UTC+2", "GMT-5"): PostgreSQL reads the
     * POSIX-style ones with the sign the other way, so only regions are stored.
     */
    public static boolean isOffset(ZoneId zone, String text) {
        return zone instanceof ZoneOffset || text.matches("(?i)(?:UTC|GMT|UT)?[+-].*");
    }

    public static Optional<SettingDefinition> of(String key) {
        return ALL.stream().filter(d -> d.key.equals(key)).findFirst();
    }

    /** Empty when the value is allowed, else what is allowed, in words. */
    public Optional<String> problemWith(String value) {
        String v = value == null ? "" : value.trim();
        if (kind == Kind.OFFICE_HOURS) {
            try {
                OfficeHours.parse(v);
                return Optional.empty();
            } catch (IllegalArgumentException bad) {
                return Optional.of(OfficeHours.FORMAT);
            }
        }
        if (kind == Kind.TEXT) {
            return v.length() < min || v.length() > max
                    ? Optional.of("must be " + min + " to " + max + " characters")
                    : Optional.empty();
        }
        if (kind == Kind.TIME_ZONE) {
            try {
                ZoneId zone = ZoneId.of(v);
                return isOffset(zone, v)
                        ? Optional.of("must be a region such as Europe/Oslo, not an offset")
                        : Optional.empty();
            } catch (DateTimeException e) {
                return Optional.of("must be a time zone region such as Europe/Oslo or UTC");
            }
        }
        try {
            int n = Integer.parseInt(v);
            return n < min || n > max
                    ? Optional.of("must be a whole number from " + min + " to " + max)
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("must be a whole number from " + min + " to " + max);
        }
    }
}
