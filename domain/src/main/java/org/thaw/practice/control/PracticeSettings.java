package org.thaw.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.thaw.practice.entity.PracticeSetting;

/** Reads practice settings, falling back to the documented defaults when a row is missing or bad. */
@ApplicationScoped
public class PracticeSettings {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /** The practice's time zone (default UTC): the zone of a patient who has not set their own. */
    public ZoneId timeZone() {
        return value(PracticeSetting.TIME_ZONE).flatMap(PracticeSettings::zone).orElse(ZoneOffset.UTC);
    }

    /** A whole-number setting, or {@code fallback} when missing or not a number. */
    public int intValue(String key, int fallback) {
        return whole(value(key), fallback);
    }

    /**
     * Every setting as it stands in this transaction, read with one query: for a reader that needs
     * many of them at once (the flag engine's eleven thresholds on every journal write), instead of
     * a round trip per key.
     */
    public Values all() {
        Map<String, String> values = new HashMap<>();
        // key and value only: no entity to build and track for each of the practice's settings
        for (Object[] row : em.createQuery("select s.key, s.value from PracticeSetting s", Object[].class)
                .getResultList()) {
            values.put((String) row[0], (String) row[1]);
        }
        return new Values(values);
    }

    /** The settings read by {@link #all()}, with the same fallbacks as the single reads. */
    public static class Values {

        private final Map<String, String> values;

        /** The settings by key, as stored (a test may give them). */
        public Values(Map<String, String> values) {
            this.values = Map.copyOf(values);
        }

        /** A whole-number setting, or {@code fallback} when missing or not a number. */
        public int intValue(String key, int fallback) {
            return whole(Optional.ofNullable(values.get(key)), fallback);
        }
    }

    private static int whole(Optional<String> value, int fallback) {
        return value.flatMap(v -> {
                    try {
                        return Optional.of(Integer.parseInt(v.trim()));
                    } catch (NumberFormatException bad) {
                        return Optional.empty();
                    }
                })
                .orElse(fallback);
    }

    /** A text setting, or {@code fallback} when missing or blank. */
    public String text(String key, String fallback) {
        return value(key).filter(v -> !v.isBlank()).orElse(fallback);
    }

    private Optional<String> value(String key) {
        return Optional.ofNullable(em.find(PracticeSetting.class, key)).map(PracticeSetting::value);
    }

    static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id.trim()));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
