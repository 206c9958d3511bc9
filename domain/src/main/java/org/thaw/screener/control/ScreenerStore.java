package org.thaw.screener.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thaw.platform.Queries;
import org.thaw.screener.boundary.Source;
import org.thaw.screener.entity.ScreenerAssignment;
import org.thaw.screener.entity.ScreenerResponse;
import org.thaw.screener.entity.ScreenerSchedule;
import org.thaw.screener.entity.StoredResponse;

/**
 * Reads and writes screener results, assignments and schedules: entities and named queries, but
 * for two statements JPA cannot say race-free, the idempotent insert of a response
 * ({@code on conflict do nothing} under the (patient, key) unique index) and the schedule's upsert.
 * Every read is a range of the (patient, instrument, day) index: the baseline and the newest result
 * of an instrument cost the same however long the history is.
 */
@ApplicationScoped
public class ScreenerStore {

    /**
     * Looked up once: {@code Json.createX} finds the provider anew on every call, a scan of the
     * class path through the ServiceLoader that showed in the load profile.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The most results one history read returns (years of fortnightly screeners fit easily). */
    public static final int HISTORY_LIMIT = 500;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    public void insert(ScreenerResponse r) {
        insert(r, null);
    }

    /**
     * Stores a response; false when the patient already stored one under this key (a retried
     * submission), in which case nothing is written.
     */
    public boolean insert(ScreenerResponse r, String idempotencyKey) {
        return em.createNativeQuery(
                                "insert into screener_response (id, patient_id, instrument, version, source, answers,"
                                        + " total, band, safety_positive, administered_on, submitted_at, entered_by, idempotency_key,"
                                        + " language) values"
                                        + " (:id, :patientId, :instrument, cast(:version as varchar), :source,"
                                        + " cast(cast(:answers as text) as jsonb), :total, cast(:band as varchar), :safety, :day, :at,"
                                        + " cast(:enteredBy as varchar), cast(:key as varchar), :language)"
                                        + " on conflict (patient_id, idempotency_key) where idempotency_key is not null do nothing")
                        .setParameter("id", r.id())
                        .setParameter("patientId", r.patientId())
                        .setParameter("instrument", r.instrument())
                        .setParameter("version", r.version())
                        .setParameter("source", r.source().name())
                        .setParameter("answers", r.source() == Source.CLINICIAN ? null : json(r.answers()))
                        .setParameter("total", r.total())
                        .setParameter("band", r.band())
                        .setParameter("safety", r.safetyPositive())
                        .setParameter("day", r.administeredOn())
                        .setParameter("at", r.submittedAt())
                        .setParameter("enteredBy", r.enteredBy())
                        .setParameter("key", idempotencyKey)
                        .setParameter("language", r.language())
                        .executeUpdate()
                == 1;
    }

    /** The response the patient stored under this key, if any. */
    public Optional<ScreenerResponse> byKey(UUID patientId, String idempotencyKey) {
        return first(StoredResponse.BY_KEY, patientId, "key", idempotencyKey);
    }

    /** One patient's results, oldest first (at most {@value #HISTORY_LIMIT}, the newest ones). */
    public List<ScreenerResponse> history(UUID patientId) {
        List<ScreenerResponse> newestFirst = em.createNamedQuery(StoredResponse.NEWEST_FIRST, StoredResponse.class)
                .setParameter("patientId", patientId)
                .setMaxResults(HISTORY_LIMIT)
                .getResultStream()
                .map(ScreenerStore::response)
                .collect(Collectors.toCollection(ArrayList::new));
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    public Optional<ScreenerResponse> find(UUID patientId, UUID id) {
        return first(StoredResponse.OF_PATIENT, patientId, "id", id);
    }

    /** The first response a named query finds among one patient's, by one more parameter. */
    private Optional<ScreenerResponse> first(String query, UUID patientId, String parameter, Object value) {
        return Queries.first(em.createNamedQuery(query, StoredResponse.class)
                        .setParameter("patientId", patientId)
                        .setParameter(parameter, value))
                .map(ScreenerStore::response);
    }

    /** The first result of an instrument (the baseline), by day, then by when it was entered. */
    public Optional<ScreenerResponse> first(UUID patientId, String instrument) {
        return one(StoredResponse.FIRST_OF_INSTRUMENT, patientId, instrument);
    }

    /** The newest result of an instrument, by day, then by when it was entered. */
    public Optional<ScreenerResponse> newest(UUID patientId, String instrument) {
        return one(StoredResponse.NEWEST_OF_INSTRUMENT, patientId, instrument);
    }

    /** The newest result of an instrument from {@code from} to {@code to} (days, both included). */
    public Optional<ScreenerResponse> newestBetween(UUID patientId, String instrument, LocalDate from, LocalDate to) {
        return Queries.first(em.createNamedQuery(StoredResponse.NEWEST_BETWEEN, StoredResponse.class)
                        .setParameter("patientId", patientId)
                        .setParameter("instrument", instrument)
                        .setParameter("from", from)
                        .setParameter("to", to))
                .map(ScreenerStore::response);
    }

    /** The first result of an instrument after {@code day}. */
    public Optional<ScreenerResponse> firstAfter(UUID patientId, String instrument, LocalDate day) {
        return Queries.first(em.createNamedQuery(StoredResponse.FIRST_AFTER, StoredResponse.class)
                        .setParameter("patientId", patientId)
                        .setParameter("instrument", instrument)
                        .setParameter("day", day))
                .map(ScreenerStore::response);
    }

    private Optional<ScreenerResponse> one(String query, UUID patientId, String instrument) {
        return Queries.first(em.createNamedQuery(query, StoredResponse.class)
                        .setParameter("patientId", patientId)
                        .setParameter("instrument", instrument))
                .map(ScreenerStore::response);
    }

    /** The day each of these instruments was last answered or recorded (absent: never). */
    public Map<String, LocalDate> lastDays(UUID patientId, Collection<String> instruments) {
        Map<String, LocalDate> last = new LinkedHashMap<>();
        for (String instrument : instruments) {
            // one index probe per instrument: a handful, whatever the history
            newestDay(patientId, instrument).ifPresent(d -> last.put(instrument, d));
        }
        return last;
    }

    private Optional<LocalDate> newestDay(UUID patientId, String instrument) {
        return Queries.first(em.createNamedQuery(StoredResponse.DAYS_OF_INSTRUMENT, LocalDate.class)
                .setParameter("patientId", patientId)
                .setParameter("instrument", instrument));
    }

    /**
     * Whether the patient answered anything themselves (a new patient has not and meets the
     * intake; a score a clinician recorded does not end it).
     */
    public boolean hasAnswered(UUID patientId) {
        return !em.createNamedQuery(StoredResponse.OF_SOURCE, UUID.class)
                .setParameter("patientId", patientId)
                .setParameter("source", Source.PATIENT)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void assign(UUID patientId, String instrument, String by, Instant at) {
        em.persist(new ScreenerAssignment(patientId, instrument, at, by));
        em.flush(); // a row the database refuses fails here, inside the call
    }

    /**
     * Instruments asked for and not answered since, each with when it was first asked for: an
     * assignment is open until the patient answers that instrument after it.
     */
    public Map<String, Instant> openAssignments(UUID patientId) {
        Map<String, Instant> open = new LinkedHashMap<>();
        em.createNamedQuery(ScreenerAssignment.OPEN, Tuple.class)
                .setParameter("patientId", patientId)
                .setParameter("patient", Source.PATIENT)
                .getResultList()
                .forEach(r -> open.put(r.get("instrument", String.class), r.get("assignedAt", Instant.class)));
        return open;
    }

    /** The patient's own follow-up intervals, by instrument (0: none). */
    public Map<String, Integer> schedules(UUID patientId) {
        Map<String, Integer> schedules = new LinkedHashMap<>();
        em.createNamedQuery(ScreenerSchedule.OF_PATIENT, Tuple.class)
                .setParameter("patientId", patientId)
                .getResultList()
                .forEach(r -> schedules.put(r.get("instrument", String.class), r.get("everyDays", Integer.class)));
        return schedules;
    }

    /** Sets the patient's interval for an instrument, in one statement (a second call updates). */
    public void schedule(UUID patientId, String instrument, int everyDays, String by, Instant at) {
        em.createNativeQuery(
                        "insert into screener_schedule (patient_id, instrument, every_days, updated_at, updated_by)"
                                + " values (:patientId, :instrument, :every, :at, :by) on conflict (patient_id, instrument)"
                                + " do update set every_days = excluded.every_days, updated_at = excluded.updated_at,"
                                + " updated_by = excluded.updated_by")
                .setParameter("patientId", patientId)
                .setParameter("instrument", instrument)
                .setParameter("every", everyDays)
                .setParameter("at", at)
                .setParameter("by", by)
                .executeUpdate();
    }

    // ---- JSON of the answers ------------------------------------------------------------------

    static String json(Map<String, Object> answers) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        answers.forEach((k, v) -> {
            if (v instanceof Number n) {
                o.add(k, n.intValue());
            } else if (v instanceof Collection<?> c) {
                JsonArrayBuilder a = JSON.createArrayBuilder();
                c.forEach(x -> a.add(String.valueOf(x)));
                o.add(k, a);
            } else if (v != null) {
                o.add(k, v.toString());
            }
        });
        return o.build().toString();
    }

    static Map<String, Object> answers(String json) {
        Map<String, Object> answers = new LinkedHashMap<>();
        if (json == null) {
            return answers;
        }
        JsonObject o;
        try (var reader = JSON.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        o.forEach((k, v) -> answers.put(k, value(v)));
        return answers;
    }

    private static Object value(JsonValue v) {
        return switch (v.getValueType()) {
            case NUMBER -> ((JsonNumber) v).intValue();
            case STRING -> ((JsonString) v).getString();
            case ARRAY -> {
                List<String> codes = new ArrayList<>();
                v.asJsonArray().forEach(x -> codes.add(x instanceof JsonString s ? s.getString() : x.toString()));
                yield List.copyOf(codes);
            }
            default -> null;
        };
    }

    private static ScreenerResponse response(StoredResponse r) {
        return new ScreenerResponse(
                r.id(),
                r.patientId(),
                r.instrument(),
                r.version(),
                r.source(),
                answers(r.answers()),
                r.total(),
                r.band(),
                r.safetyPositive(),
                r.administeredOn(),
                r.submittedAt(),
                r.enteredBy(),
                r.language());
    }
}
