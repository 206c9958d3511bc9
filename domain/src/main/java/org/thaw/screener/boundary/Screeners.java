package org.thaw.screener.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.screener.control.DueScreeners;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.security.boundary.RecordNotFoundException;

/** What the patient's and the clinician's screener boundaries share; no access checks here. */
@ApplicationScoped
class Screeners {

    static final String FOLLOW_UP_DAYS = "screener.follow_up_days";
    static final int DEFAULT_FOLLOW_UP_DAYS = 14;

    @Inject
    ScreenerStore store;

    @Inject
    PracticeSettings settings;

    @Inject
    Clock clock;

    InstrumentCatalogue catalogue() {
        return InstrumentCatalogue.standard();
    }

    /** The latest version of an instrument; an unknown code is "not found". */
    Instrument instrument(String code) {
        return catalogue().find(code == null ? "" : code).orElseThrow(() -> new RecordNotFoundException("instrument"));
    }

    /** A known instrument's canonical code ("phq-9" is PHQ-9), or a refusal naming {@code field}. */
    String knownCode(String code, String field) {
        return catalogue()
                .find(code == null ? "" : code.trim())
                .map(Instrument::code)
                .orElseThrow(() -> new InvalidInputException(
                        field, "must be one of " + String.join(", ", catalogue().codes())));
    }

    ZoneId zone(Patient patient) {
        return patient.zone(settings::timeZone);
    }

    LocalDate today(Patient patient) {
        return LocalDate.now(clock.withZone(zone(patient)));
    }

    /** The latest definition of every instrument, in the catalogue's order. */
    List<InstrumentDefinition> definitions() {
        return catalogue().codes().stream()
                .map(code -> InstrumentDefinition.of(instrument(code)))
                .toList();
    }

    /** The follow-up interval in force for each instrument, in the catalogue's order. */
    List<FollowUp> followUps(Patient patient) {
        Map<String, Integer> schedules = store.schedules(patient.id());
        int practiceDays = practiceDays();
        return catalogue().codes().stream()
                .map(code -> new FollowUp(
                        code,
                        instrument(code).shortTitle(),
                        DueScreeners.interval(code, schedules, practiceDays),
                        DueScreeners.basis(code, schedules)))
                .toList();
    }

    private int practiceDays() {
        return settings.intValue(FOLLOW_UP_DAYS, DEFAULT_FOLLOW_UP_DAYS);
    }

    List<DueScreener> due(Patient patient) {
        List<String> order = catalogue().codes();
        ZoneId zone = zone(patient);
        Map<String, LocalDate> assigned = new LinkedHashMap<>();
        store.openAssignments(patient.id()).forEach((code, at) -> assigned.put(code, DueScreeners.day(at, zone)));
        return DueScreeners.due(
                        order,
                        today(patient),
                        store.lastDays(patient.id(), order),
                        assigned,
                        store.schedules(patient.id()),
                        practiceDays())
                .stream()
                .map(d -> new DueScreener(
                        d.instrument(), instrument(d.instrument()).shortTitle(), d.reason(), d.since()))
                .toList();
    }
}
