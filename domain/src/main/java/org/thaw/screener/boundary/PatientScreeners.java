package org.thaw.screener.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.FlagEngine;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.control.Band;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.screener.entity.ScreenerResponse;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/** A patient's screeners as their care team reads and manages them; anyone else gets "not found". */
@ApplicationScoped
@Transactional
public class PatientScreeners {

    /** The longest name of an externally administered instrument. */
    public static final int MAX_NAME = 40;

    /** The highest score a clinician may record for an instrument Thaw does not know. */
    public static final int MAX_EXTERNAL_SCORE = 1000;

    /** The earliest date a recorded score may carry. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    Screeners screeners;

    @Inject
    ScreenerStore store;

    @Inject
    FlagEngine flags;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /**
     * Every result of the patient, oldest first, with answers, bands (with their clinician-facing
     * labels) and changes.
     */
    @Audited(action = AuditAction.LIST, recordType = "screener_response")
    public List<ScreenerResult> results(UUID patientId) {
        Patient patient = patient(patientId);
        return ScreenerResult.forCareTeam(store.history(patient.id()), screeners.catalogue());
    }

    /** What the patient should answer now. */
    @Audited(action = AuditAction.LIST, recordType = "screener_due")
    public List<DueScreener> due(UUID patientId) {
        return screeners.due(patient(patientId));
    }

    /**
     * The intervals set for this patient, by instrument (0: none). An instrument without one
     * follows the practice's interval (PHQ-9, GAD-7) or comes only when assigned.
     */
    @Audited(action = AuditAction.READ, recordType = "screener_schedule")
    public Map<String, Integer> schedules(UUID patientId) {
        return store.schedules(patient(patientId).id());
    }

    /**
     * For each instrument, in the catalogue's order, the follow-up interval in force for this
     * patient and where it comes from: their own schedule, the practice's interval, or none.
     */
    @Audited(action = AuditAction.READ, recordType = "screener_schedule")
    public List<FollowUp> followUps(UUID patientId) {
        return screeners.followUps(patient(patientId));
    }

    /** The latest definition of every instrument, in the catalogue's order (no health data: not audited). */
    public List<InstrumentDefinition> instruments() {
        caller.require(Role.CLINICIAN);
        return screeners.definitions();
    }

    /** Asks the patient to answer an instrument now; it stays due until they do. */
    @Audited(action = AuditAction.CREATE, recordType = "screener_assignment")
    public void assign(UUID patientId, String instrument) {
        Patient patient = patient(patientId);
        String code = screeners.knownCode(instrument, "instrument");
        store.assign(patient.id(), code, caller.username(), clock.instant());
    }

    /** Sets how often the patient is asked to answer an instrument again (0: never by schedule). */
    @Audited(action = AuditAction.UPDATE, recordType = "screener_schedule")
    public void schedule(UUID patientId, String instrument, Integer everyDays) {
        Patient patient = patient(patientId);
        String code = screeners.knownCode(instrument, "instrument");
        if (everyDays == null || everyDays < 0 || everyDays > 365) {
            throw new InvalidInputException(
                    "everyDays", "must be a whole number of days from 0 (no follow-ups) to 365");
        }
        store.schedule(patient.id(), code, everyDays, caller.username(), clock.instant());
    }

    /**
     * Records a score administered elsewhere: any instrument by name (one Thaw knows is stored under
     * its code, checked against its range and banded), a whole number and the date it was taken.
     * Scores of PHQ-9 and GAD-7 count for WORSENING like the patient's own.
     */
    @Audited(action = AuditAction.CREATE, recordType = "screener_response")
    public ScreenerResult recordExternal(UUID patientId, String instrument, Integer score, LocalDate date) {
        Patient patient = patient(patientId);
        String name = instrument == null ? "" : instrument.trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new InvalidInputException(
                    "instrument", "is required: the instrument's name, up to " + MAX_NAME + " characters");
        }
        Optional<Instrument> known = screeners.catalogue().find(name);
        if (score == null) {
            throw new InvalidInputException("score", "is required (a whole number)");
        }
        if (known.isPresent()
                && (score < known.get().min() || score > known.get().max())) {
            throw new InvalidInputException(
                    "score",
                    "must be from " + known.get().min() + " to " + known.get().max() + " for "
                            + known.get().code());
        }
        if (known.isEmpty() && (score < 0 || score > MAX_EXTERNAL_SCORE)) {
            throw new InvalidInputException("score", "must be from 0 to " + MAX_EXTERNAL_SCORE);
        }
        LocalDate today = screeners.today(patient);
        if (date == null || date.isAfter(today) || date.isBefore(EARLIEST)) {
            throw new InvalidInputException("date", "is required (yyyy-mm-dd), not in the future");
        }
        Band band = known.map(i -> i.band(score)).orElse(null);
        ScreenerResponse response = new ScreenerResponse(
                UUID.randomUUID(),
                patient.id(),
                known.map(Instrument::code).orElse(name),
                null,
                Source.CLINICIAN,
                Map.of(),
                score,
                band == null ? null : band.code(),
                false,
                date,
                clock.instant(),
                caller.username());
        store.insert(response);
        flags.screenerAnswered(response, screeners.zone(patient));
        audit.record(response.id());
        return ScreenerResult.forCareTeam(store.history(patient.id()), screeners.catalogue()).stream()
                .filter(r -> r.id().equals(response.id()))
                .findFirst()
                .orElseThrow();
    }

    private Patient patient(UUID patientId) {
        caller.require(Role.CLINICIAN);
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id());
        return patient;
    }
}
