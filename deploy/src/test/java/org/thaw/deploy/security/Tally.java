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
        /** Probes that met a documented limit of the container, not of Thaw: neither passed nor failed. */
        int known;

        final List<String> knownItems = new ArrayList<>();

        Category(String name) {
            this.name = name;
        }
    }

    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final List<String> figures = new ArrayList<>();

    Category category(String name) {
        return categories.computeIfAbsent(name, Category::new);
    }

    /** Counts one probe; {@code failure} null means it passed. */
    synchronized void record(String category, String failure) {
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

    /**
     * Counts one probe that met a documented limit of the container (what it answers cannot be
     * changed from the application): reported on its own line with the reason, never as passed.
     */
    synchronized void known(String category, String what, String reason) {
        Category c = category(category);
        c.probes++;
        c.known++;
        if (c.knownItems.size() < KEPT_FAILURES) {
            c.knownItems.add(what + " (" + reason + ")");
        }
    }

    /** A measured figure for the report (writes sent, the worst latency...), one line each. */
    synchronized void figure(String line) {
        figures.add(line);
    }

    List<String> figures() {
        return figures;
    }

    Iterable<Category> categories() {
        return categories.values();
    }
}
