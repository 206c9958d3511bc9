package org.thaw.practice.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.thaw.practice.entity.PracticeSetting;

/**
 * Reads practice settings, falling back to the documented defaults when a row is missing or bad.
 * Inside a transaction the settings are read once, with one query, and kept for the rest of it (a
 * journal write needs the practice's zone and the flag thresholds); {@link #changed()} drops them
 * when the transaction itself changes a setting. Outside one, every read asks the database.
 */
@ApplicationScoped
public class PracticeSettings {

    /** The key of this transaction's settings among its resources. */
    private static final Object READ = PracticeSettings.class.getName() + ".read";

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** The practice's time zone (default UTC): the zone of a patient who has not set their own. */
    public ZoneId timeZone() {
        return value(PracticeSetting.TIME_ZONE).flatMap(PracticeSettings::zone).orElse(ZoneOffset.UTC);
    }

    /** A whole-number setting, or {@code fallback} when missing or not a number. */
    public int intValue(String key, int fallback) {
        return whole(value(key), fallback);
    }

    /**
     * Every setting as it stands in this transaction, read with one query the first time the
     * transaction asks: for a reader that needs many of them at once (the flag engine's eleven
     * thresholds on every journal write), instead of a round trip per key.
     */
    public Values all() {
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (inTransaction && transactions.getResource(READ) instanceof Values read) {
            return read;
        }
        Values values = read();
        if (inTransaction) {
            transactions.putResource(READ, values);
        }
        return values;
    }

    /** A setting was changed in this transaction: the next read asks the database again. */
    public void changed() {
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(READ, null);
        }
    }

    private Values read() {
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
            return whole(value(key), fallback);
        }

        Optional<String> value(String key) {
            return Optional.ofNullable(values.get(key));
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
        return all().value(key);
    }

    static Optional<ZoneId> zone(String id) {
        try {
            return Optional.of(ZoneId.of(id.trim()));
        } catch (DateTimeException invalid) {
            return Optional.empty();
        }
    }
}
