package org.thaw.practice.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.practice.entity.PracticeSetting;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/** The practice admin's settings: read them all, change some. Every change is audited. */
@ApplicationScoped
@Transactional
public class PracticeAdmin {

    /** A setting as the settings page shows it. */
    public record Setting(String key, String label, String value, String defaultValue, SettingDefinition.Kind kind) {}

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    PracticeSettings settings;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /** A "needed" count may not exceed the days of its window, or the rule could never fire. */
    private static final List<String[]> WITHIN_WINDOW = List.of(
            new String[] {"flag.persistent_numbness.min_entries", "flag.persistent_numbness.window_days"},
            new String[] {"flag.functional_impact.min_entries", "flag.functional_impact.window_days"},
            new String[] {"flag.hopelessness.min_entries", "flag.hopelessness.window_days"},
            new String[] {"flag.disengaged.prior_min_entries", "flag.disengaged.prior_days"},
            new String[] {"flag.medication_onset.mean_min_entries", "flag.medication_onset.mean_window_days"});

    /** The first of each pair may not exceed the second, or the rule's range would be empty. */
    private static final List<String[]> ORDERED =
            List.<String[]>of(new String[] {"flag.medication_onset.min_days", "flag.medication_onset.max_days"});

    private void requireConsistent(Map<String, String> changes) {
        for (String[] pair : WITHIN_WINDOW) {
            int needed = Integer.parseInt(effective(changes, pair[0]));
            int window = Integer.parseInt(effective(changes, pair[1]));
            if (needed > window) {
                throw new InvalidInputException(pair[0], "must be at most " + window + ", the days in its window");
            }
        }
        for (String[] pair : ORDERED) {
            int low = Integer.parseInt(effective(changes, pair[0]));
            int high = Integer.parseInt(effective(changes, pair[1]));
            if (low > high) {
                throw new InvalidInputException(pair[0], "must be at most " + high + " (" + pair[1] + ")");
            }
        }
    }

    private String effective(Map<String, String> changes, String key) {
        if (changes.containsKey(key)) {
            return changes.get(key);
        }
        PracticeSetting row = em.find(PracticeSetting.class, key);
        return row != null
                ? row.value().trim()
                : SettingDefinition.of(key).map(SettingDefinition::defaultValue).orElse("0");
    }

    @Audited(action = AuditAction.READ, recordType = "practice_setting")
    public List<Setting> settings() {
        caller.require(Role.ADMIN);
        return SettingDefinition.ALL.stream()
                .map(d -> {
                    PracticeSetting row = em.find(PracticeSetting.class, d.key());
                    return new Setting(
                            d.key(),
                            d.label(),
                            row == null ? d.defaultValue() : row.value(),
                            d.defaultValue(),
                            d.kind());
                })
                .toList();
    }

    /**
     * Changes the given settings, all or none: an unknown key or a bad value is refused naming it,
     * and nothing is saved.
     */
    @Audited(action = AuditAction.UPDATE, recordType = "practice_setting")
    public void change(Map<String, String> values) {
        caller.require(Role.ADMIN);
        Map<String, String> checked = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            SettingDefinition definition = SettingDefinition.of(e.getKey())
                    .orElseThrow(() -> new InvalidInputException(e.getKey(), "is not a practice setting"));
            definition.problemWith(e.getValue()).ifPresent(problem -> {
                throw new InvalidInputException(e.getKey(), problem);
            });
            checked.put(e.getKey(), e.getValue().trim());
        }
        requireConsistent(checked);
        for (Map.Entry<String, String> e : checked.entrySet()) {
            PracticeSetting row = em.find(PracticeSetting.class, e.getKey());
            if (row == null) {
                em.persist(new PracticeSetting(e.getKey(), e.getValue(), clock.instant(), caller.username()));
            } else if (!row.value().equals(e.getValue())) {
                row.change(e.getValue(), clock.instant(), caller.username());
            }
        }
        settings.changed();
    }
}
