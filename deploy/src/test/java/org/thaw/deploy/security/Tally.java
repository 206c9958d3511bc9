package org.thaw.deploy.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Probes, passes and failures per category, with the first failures of each kept word for word. */
final class Tally {

    /** Failures kept per category for the report; the count is always complete. */
    static final int KEPT_FAILURES = 200;

    static final class Category {
        final String name;
        int probes;
        int passed;
        final List<String> failures = new ArrayList<>();
        int failed;

        Category(String name) {
            this.name = name;
        }
    }

    private final Map<String, Category> categories = new LinkedHashMap<>();

    Category category(String name) {
        return categories.computeIfAbsent(name, Category::new);
    }

    /** Counts one probe; {@code failure} null means it passed. */
    void record(String category, String failure) {
        Category c = category(category);
        c.probes++;
        if (failure == null) {
            c.passed++;
        } else {
            c.failed++;
            if (c.failures.size() < KEPT_FAILURES) {
                c.failures.add(failure);
            }
        }
    }

    int failed() {
        return categories.values().stream().mapToInt(c -> c.failed).sum();
    }

    int probes() {
        return categories.values().stream().mapToInt(c -> c.probes).sum();
    }

    Iterable<Category> categories() {
        return categories.values();
    }
}
