package org.thaw.practice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
        return value(key)
                .flatMap(v -> {
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
