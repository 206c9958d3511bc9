package org.thaw.screener.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.thaw.platform.Rows;
import org.thaw.screener.boundary.Source;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * Reads and writes screener results, assignments and schedules. Every read is a range of the
 * (patient, instrument, day) index: the baseline and the newest result of an instrument cost the
 * same however long the history is.
 */
@ApplicationScoped
public class ScreenerStore {

    /** The most results one history read returns (years of fortnightly screeners fit easily). */
    public static final int HISTORY_LIMIT = 500;

    private static final String COLUMNS = "id, patient_id, instrument, version, source, cast(answers as text), total,"
            + " band, safety_positive, administered_on, submitted_at, entered_by";

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
        return em.createNativeQuery("insert into screener_response (id, patient_id, instrument, version, source, answers,"
                        + " total, band, safety_positive, administered_on, submitted_at, entered_by, idempotency_key) values"
                        + " (:id, :patientId, :instrument, cast(:version as varchar), :source,"
                        + " cast(cast(:answers as text) as jsonb), :total, cast(:band as varchar), :safety, :day, :at,"
                        + " cast(:enteredBy as varchar), cast(:key as varchar))"
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
                .executeUpdate() == 1;
    }

    /** The response the patient stored under this key, if any. */
    public Optional<ScreenerResponse> byKey(UUID patientId, String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from screener_response"
                        + " where patient_id = :patientId and idempotency_key = :key")
                .setParameter("patientId", patientId)
                .setParameter("key", idempotencyKey)
                .getResultList();
        return rows.stream().map(ScreenerStore::response).findFirst();
    }

    /** One patient's results, oldest first (at most {@value #HISTORY_LIMIT}, the newest ones). */
    public List<ScreenerResponse> history(UUID patientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select * from (select " + COLUMNS + " from screener_response"
                        + " where patient_id = :patientId order by administered_on desc, submitted_at desc limit "
                        + HISTORY_LIMIT + ") r order by administered_on, submitted_at")
                .setParameter("patientId", patientId)
                .getResultList();
        return rows.stream().map(ScreenerStore::response).toList();
    }

    public Optional<ScreenerResponse> find(UUID patientId, UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from screener_response"
                        + " where patient_id = :patientId and id = :id")
                .setParameter("patientId", patientId)
                .setParameter("id", id)
                .getResultList();
        return rows.stream().map(ScreenerStore::response).findFirst();
    }

    /** The first result of an instrument (the baseline), by day, then by when it was entered. */
    public Optional<ScreenerResponse> first(UUID patientId, String instrument) {
        return one(patientId, instrument, "asc");
    }

    /** The newest result of an instrument, by day, then by when it was entered. */
    public Optional<ScreenerResponse> newest(UUID patientId, String instrument) {
        return one(patientId, instrument, "desc");
    }

    private Optional<ScreenerResponse> one(UUID patientId, String instrument, String direction) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from screener_response"
                        + " where patient_id = :patientId and instrument = :instrument"
                        + " order by administered_on " + direction + ", submitted_at " + direction + " limit 1")
                .setParameter("patientId", patientId)
                .setParameter("instrument", instrument)
                .getResultList();
        return rows.stream().map(ScreenerStore::response).findFirst();
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
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select administered_on from screener_response"
                        + " where patient_id = :patientId and instrument = :instrument"
                        + " order by administered_on desc limit 1")
                .setParameter("patientId", patientId)
                .setParameter("instrument", instrument)
                .getResultList();
        return rows.stream().map(Rows::localDate).findFirst();
    }

    /**
     * Whether the patient answered anything themselves (a new patient has not and meets the
     * intake; a score a clinician recorded does not end it).
     */
    public boolean hasAnswered(UUID patientId) {
        return !em.createNativeQuery("select 1 from screener_response where patient_id = :patientId"
                        + " and source = 'PATIENT' limit 1")
                .setParameter("patientId", patientId)
                .getResultList()
                .isEmpty();
    }

    public void assign(UUID patientId, String instrument, String by, Instant at) {
        em.createNativeQuery("insert into screener_assignment (id, patient_id, instrument, assigned_at, assigned_by)"
                        + " values (:id, :patientId, :instrument, :at, :by)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("patientId", patientId)
                .setParameter("instrument", instrument)
                .setParameter("at", at)
                .setParameter("by", by)
                .executeUpdate();
    }

    /**
     * Instruments asked for and not answered since, each with when it was first asked for: an
     * assignment is open until the patient answers that instrument after it.
     */
    public Map<String, Instant> openAssignments(UUID patientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.instrument, min(a.assigned_at) from screener_assignment a"
                        + " where a.patient_id = :patientId and not exists (select 1 from screener_response r"
                        + "   where r.patient_id = a.patient_id and r.instrument = a.instrument"
                        + "   and r.source = 'PATIENT' and r.submitted_at > a.assigned_at)"
                        + " group by a.instrument")
                .setParameter("patientId", patientId)
                .getResultList();
        Map<String, Instant> open = new LinkedHashMap<>();
        rows.forEach(r -> open.put((String) r[0], Rows.instant(r[1])));
        return open;
    }

    /** The patient's own follow-up intervals, by instrument (0: none). */
    public Map<String, Integer> schedules(UUID patientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select instrument, every_days from screener_schedule"
                        + " where patient_id = :patientId")
                .setParameter("patientId", patientId)
                .getResultList();
        Map<String, Integer> schedules = new LinkedHashMap<>();
        rows.forEach(r -> schedules.put((String) r[0], ((Number) r[1]).intValue()));
        return schedules;
    }

    /** Sets the patient's interval for an instrument, in one statement (a second call updates). */
    public void schedule(UUID patientId, String instrument, int everyDays, String by, Instant at) {
        em.createNativeQuery("insert into screener_schedule (patient_id, instrument, every_days, updated_at, updated_by)"
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
        JsonObjectBuilder o = Json.createObjectBuilder();
        answers.forEach((k, v) -> {
            if (v instanceof Number n) {
                o.add(k, n.intValue());
            } else if (v instanceof Collection<?> c) {
                JsonArrayBuilder a = Json.createArrayBuilder();
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
        try (var reader = Json.createReader(new StringReader(json))) {
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

    private static ScreenerResponse response(Object[] r) {
        return new ScreenerResponse((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], Source.valueOf((String) r[4]),
                answers((String) r[5]), ((Number) r[6]).intValue(), (String) r[7], (Boolean) r[8], Rows.localDate(r[9]),
                Rows.instant(r[10]), (String) r[11]);
    }
}
