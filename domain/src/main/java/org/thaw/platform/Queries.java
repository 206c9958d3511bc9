package org.thaw.platform;

import jakarta.persistence.TypedQuery;
import java.util.Optional;

/**
 * The one way to read "the first row, if any" of a query: {@code Queries.first(query)} asks the
 * database for one row and reads it as a list. Hibernate answers {@code getResultStream()} through
 * a scrollable result set: a costlier path on every call (docs/performance.md, change 8), whose
 * result set stays open until the session ends.
 */
public final class Queries {

    private Queries() {}

    /** The first row of {@code query} (its order, or any row of a unique lookup), if there is one. */
    public static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultList().stream().findFirst();
    }
}
