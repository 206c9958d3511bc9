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
import org.thaw.practice.boundary.CrisisResources;
import org.thaw.screener.control.Band;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.Scored;
import org.thaw.screener.control.Scoring;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.screener.entity.ScreenerResponse;
import org.thaw.screener.entity.Source;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.InvalidInputException;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/** The patient's own screeners, for the portal: the caller is the patient. */
@ApplicationScoped
@Transactional
public class MyScreeners {

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    Screeners screeners;

    @Inject
    ScreenerStore store;

    @Inject
    CrisisResources crisis;

    @Inject
    FlagEngine flags;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** The latest definition of an instrument (no health data: not audited). */
    public Instrument instrument(String code) {
        caller.require(Role.PATIENT);
        return screeners.instrument(code);
    }

    /** What the patient should answer now, in the order the intake asks. */
    @Audited(action = AuditAction.LIST, recordType = "screener_due")
    public List<DueScreener> due() {
        return screeners.due(me());
    }

    /** True for a patient who has answered nothing yet: the portal leads them through the intake. */
    @Audited(action = AuditAction.READ, recordType = "screener_due")
    public boolean inIntake() {
        return !store.hasAnswered(me().id());
    }

    /**
     * Scores and stores one response, and runs the screener rules in the same transaction: a safety
     * answer's URGENT flag commits with the response or not at all. Refused with nothing saved: an
     * unknown instrument (not found), an unknown {@code version}, a missing or impossible answer
     * ({@code answers}, {@code answers.<linkId>}).
     *
     * @param version null for the latest
     */
    @Audited(action = AuditAction.CREATE, recordType = "screener_response")
    public Submitted submit(String code, String version, Map<String, ?> answers) {
        return submit(code, version, answers, null);
    }

    /**
     * As {@link #submit(String, String, Map)}, with a client key: a retried submission under the
     * same key answers what the first one stored (crisis resources included) and stores nothing
     * more. A key already used for another instrument is refused ({@code idempotencyKey}).
     */
    @Audited(action = AuditAction.CREATE, recordType = "screener_response")
    public Submitted submit(String code, String version, Map<String, ?> answers, String idempotencyKey) {
        Patient me = me();
        Instrument latest = screeners.instrument(code);
        String key = key(idempotencyKey);
        if (key != null) {
            Optional<ScreenerResponse> earlier = store.byKey(me.id(), key);
            if (earlier.isPresent()) {
                return again(earlier.get(), latest);
            }
        }
        Instrument instrument = version == null ? latest
                : screeners.catalogue().find(latest.code(), version.trim()).orElseThrow(() -> new InvalidInputException(
                        "version", "is not a version of " + latest.code() + " (the current one is " + latest.version() + ")"));
        LocalDate today = screeners.today(me);
        Scored scored = Scoring.score(instrument, answers, today);
        Band band = scored.band();
        ScreenerResponse response = new ScreenerResponse(UUID.randomUUID(), me.id(), instrument.code(),
                instrument.version(), Source.PATIENT, scored.answers(), scored.total(), band == null ? null : band.code(),
                scored.safetyPositive(), today, clock.instant(), null);
        if (!store.insert(response, key)) {
            // the same key won a race a moment ago: answer what it stored
            return again(store.byKey(me.id(), key).orElseThrow(), latest);
        }
        flags.screenerAnswered(response, screeners.zone(me));
        audit.record(response.id());
        return new Submitted(response.id(), instrument.code(), instrument.shortTitle(), instrument.version(),
                scored.total(), response.band(), band == null ? null : band.label(), scored.safetyPositive(),
                scored.safetyPositive() ? crisisResources() : null);
    }

    private Submitted again(ScreenerResponse earlier, Instrument asked) {
        if (!earlier.instrument().equals(asked.code())) {
            throw new InvalidInputException("idempotencyKey", "was already used for another questionnaire");
        }
        audit.record(earlier.id());
        Instrument answered = screeners.catalogue().find(earlier.instrument(), earlier.version()).orElse(asked);
        String bandLabel = earlier.band() == null ? null : answered.bands().stream()
                .filter(b -> b.code().equals(earlier.band())).map(Band::label).findFirst().orElse(null);
        return new Submitted(earlier.id(), earlier.instrument(), answered.shortTitle(), earlier.version(), earlier.total(),
                earlier.band(), bandLabel, earlier.safetyPositive(), earlier.safetyPositive() ? crisisResources() : null);
    }

    private static String key(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > 100) {
            throw new InvalidInputException("idempotencyKey", "must be at most 100 characters");
        }
        return key;
    }

    /** The patient's own results, oldest first, with their changes. */
    @Audited(action = AuditAction.LIST, recordType = "screener_response")
    public List<ScreenerResult> results() {
        return ScreenerResult.of(store.history(me().id()), screeners.catalogue());
    }

    private String crisisResources() {
        return crisis.text();
    }

    private Patient me() {
        caller.require(Role.PATIENT);
        Patient me = patients.byUsername(caller.username()).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.concerns(me.id());
        return me;
    }
}
