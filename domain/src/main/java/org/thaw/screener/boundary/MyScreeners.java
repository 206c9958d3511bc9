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
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.CrisisResources;
import org.thaw.screener.control.Band;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.Scored;
import org.thaw.screener.control.Scoring;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.screener.entity.SafetyAnswer;
import org.thaw.screener.entity.ScreenerResponse;
import org.thaw.security.boundary.Caller;
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
    ResponseWriter writer;

    @Inject
    SafetyAnswerRecorder recorder;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** The latest definition of an instrument (no health data: not audited). */
    public InstrumentDefinition instrument(String code) {
        caller.require(Role.PATIENT);
        return InstrumentDefinition.of(screeners.instrument(code));
    }

    /**
     * The latest definition of an instrument in the reader's language ({@code "es"}) where that
     * version exists, else in English ({@link InstrumentLanguages}); no health data: not audited.
     */
    public InstrumentDefinition instrument(String code, String language) {
        return InstrumentLanguages.in(instrument(code), language);
    }

    /** The latest definition of every instrument, in the catalogue's order (no health data: not audited). */
    public List<InstrumentDefinition> instruments() {
        caller.require(Role.PATIENT);
        return screeners.definitions();
    }

    /** What the patient should answer now, in the order the intake asks. */
    @Audited(action = AuditAction.LIST, recordType = "screener_due")
    public List<DueScreener> due() {
        return screeners.due(me());
    }

    /** The patient's today: a day in their time zone (else the practice's), from the application's clock. */
    @Audited(action = AuditAction.READ, recordType = "patient")
    public LocalDate today() {
        return screeners.today(me());
    }

    /** True for a patient who has answered nothing yet: the portal leads them through the intake. */
    @Audited(action = AuditAction.READ, recordType = "screener_due")
    public boolean inIntake() {
        return !store.hasAnswered(me().id());
    }

    /**
     * Scores and stores one response, and runs the screener rules in the transaction that stores
     * it. Refused with nothing saved: an unknown instrument (not found), an unknown {@code
     * version}, a missing or impossible answer ({@code answers}, {@code answers.<linkId>}).
     *
     * <p>A safety answer comes first (docs/clinical-rules.md, "Safety"): it is recorded, and the
     * URGENT SAFETY flag raised, in a transaction committed before the rest is scored or stored;
     * a refusal or failure after that leaves both in place and reaches the caller as a {@link
     * SafetyAnswerException} carrying the crisis resources.
     *
     * @param version null for the latest
     */
    @Audited(action = AuditAction.CREATE, recordType = "screener_response")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Submitted submit(String code, String version, Map<String, ?> answers) {
        return submit(code, version, answers, null);
    }

    /**
     * As {@link #submit(String, String, Map)}, with a client key: a retried submission under the
     * same key answers what the first one stored (crisis resources included) and stores nothing
     * more. A key already used for another instrument is refused ({@code idempotencyKey}). A
     * refused submission does not use its key up: the corrected one may send it again.
     *
     * <p>Runs in the caller's transaction if there is one (tests); otherwise the safety answer and
     * the response each commit in their own, so a failure to store the response is seen here.
     */
    @Audited(action = AuditAction.CREATE, recordType = "screener_response")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Submitted submit(String code, String version, Map<String, ?> answers, String idempotencyKey) {
        return submit(code, version, answers, idempotencyKey, InstrumentLanguages.ENGLISH);
    }

    /**
     * As {@link #submit(String, String, Map, String)}, answered by a reader of {@code language}:
     * the response records the language version they were shown ({@link
     * InstrumentLanguages#versionFor}: theirs where it exists, else English).
     */
    @Audited(action = AuditAction.CREATE, recordType = "screener_response")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Submitted submit(
            String code, String version, Map<String, ?> answers, String idempotencyKey, String language) {
        caller.require(Role.PATIENT);
        Instrument latest = screeners.instrument(code);
        Instrument asked = version == null
                ? latest
                : screeners.catalogue().find(latest.code(), version.trim()).orElse(null);
        Map<String, Integer> safety = Scoring.safetyAnswers(asked != null ? asked : latest, answers);
        if (safety.isEmpty()) {
            return accept(me(), latest, asked, answers, idempotencyKey, Map.of(), new Recording(), language);
        }
        // Whatever fails from here on, the patient sees the crisis resources.
        Recording recording = new Recording();
        try {
            return accept(me(), latest, asked, answers, idempotencyKey, safety, recording, language);
        } catch (RuntimeException refusedOrFailed) {
            throw new SafetyAnswerException(crisisResources(), recording.done, refusedOrFailed);
        }
    }

    /** Whether the safety answers of this submission are committed. */
    private static final class Recording {
        boolean done;
    }

    private Submitted accept(
            Patient me,
            Instrument latest,
            Instrument asked,
            Map<String, ?> answers,
            String idempotencyKey,
            Map<String, Integer> safety,
            Recording recording,
            String language) {
        InvalidInputException refused = null;
        String key = null;
        try {
            key = key(idempotencyKey);
        } catch (InvalidInputException badKey) {
            refused = badKey;
        }
        if (key != null) {
            Optional<ScreenerResponse> earlier = store.byKey(me.id(), key);
            if (earlier.isPresent()) {
                return again(earlier.get(), latest);
            }
        }
        LocalDate today = screeners.today(me);
        Scored scored = null;
        if (refused == null) {
            try {
                if (asked == null) {
                    throw new InvalidInputException(
                            "version",
                            "is not a version of " + latest.code() + " (the current one is " + latest.version() + ")");
                }
                scored = Scoring.score(asked, answers, today);
            } catch (InvalidInputException invalid) {
                refused = invalid;
            }
        }
        UUID id = UUID.randomUUID();
        if (!safety.isEmpty()) {
            SafetyAnswer.Context context = refused == null
                    ? SafetyAnswer.Context.RESPONSE
                    : Scoring.ANSWERS.equals(refused.field())
                            ? SafetyAnswer.Context.INCOMPLETE
                            : SafetyAnswer.Context.NOT_ACCEPTED;
            recordSafety(me, asked != null ? asked : latest, safety, today, context, id, key);
            recording.done = true;
        }
        if (refused != null) {
            throw refused;
        }
        Instrument instrument = scored.instrument();
        Band band = scored.band();
        ScreenerResponse response = new ScreenerResponse(
                id,
                me.id(),
                instrument.code(),
                instrument.version(),
                Source.PATIENT,
                scored.answers(),
                scored.total(),
                band == null ? null : band.code(),
                scored.safetyPositive(),
                today,
                clock.instant(),
                null,
                InstrumentLanguages.versionFor(InstrumentDefinition.of(instrument), language));
        if (!writer.store(response, key, screeners.zone(me))) {
            // the same key won a race a moment ago: answer what it stored
            return again(store.byKey(me.id(), key).orElseThrow(), latest);
        }
        audit.record(response.id());
        return new Submitted(
                response.id(),
                instrument.code(),
                instrument.shortTitle(),
                instrument.version(),
                scored.total(),
                response.band(),
                band == null ? null : band.label(),
                scored.safetyPositive(),
                scored.safetyPositive() ? crisisResources() : null);
    }

    /**
     * Commits the safety answers and their flag; tried twice, since two submissions of the same
     * patient at once may both try to open the flag (one wins, the other then joins it).
     */
    private void recordSafety(
            Patient me,
            Instrument instrument,
            Map<String, Integer> safety,
            LocalDate today,
            SafetyAnswer.Context context,
            UUID responseId,
            String key) {
        for (int attempt = 1; ; attempt++) {
            List<SafetyAnswer> answers = safety.entrySet().stream()
                    .map(a -> new SafetyAnswer(
                            me.id(),
                            instrument.code(),
                            instrument.version(),
                            a.getKey(),
                            a.getValue(),
                            today,
                            clock.instant(),
                            context,
                            responseId,
                            key))
                    .toList();
            try {
                recorder.record(answers);
                return;
            } catch (RuntimeException failed) {
                if (attempt == 2) {
                    throw failed;
                }
            }
        }
    }

    private Submitted again(ScreenerResponse earlier, Instrument asked) {
        if (!earlier.instrument().equals(asked.code())) {
            throw new InvalidInputException("idempotencyKey", "was already used for another questionnaire");
        }
        audit.record(earlier.id());
        Instrument answered = screeners
                .catalogue()
                .find(earlier.instrument(), earlier.version())
                .orElse(asked);
        String bandLabel = earlier.band() == null
                ? null
                : answered.bands().stream()
                        .filter(b -> b.code().equals(earlier.band()))
                        .map(Band::label)
                        .findFirst()
                        .orElse(null);
        return new Submitted(
                earlier.id(),
                earlier.instrument(),
                answered.shortTitle(),
                earlier.version(),
                earlier.total(),
                earlier.band(),
                bandLabel,
                earlier.safetyPositive(),
                earlier.safetyPositive() ? crisisResources() : null);
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
        Patient me = patients.signedIn(caller).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.concerns(me.id());
        return me;
    }
}
