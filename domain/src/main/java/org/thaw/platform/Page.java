package org.thaw.platform;

import java.util.List;

/**
 * One page of a list that can grow: {@code items}, the page number (from 0), its size and the
 * total count, as the REST API answers it.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public Page {
        items = List.copyOf(items);
    }

    /** The number of the last page (0 when everything fits on one). */
    public int lastPage() {
        return size <= 0 ? 0 : (int) Math.max(0, (total - 1) / size);
    }

    /** Whether a later page exists. */
    public boolean hasNext() {
        return page < lastPage();
    }

    /** Whether an earlier page exists. */
    public boolean hasPrevious() {
        return page > 0;
    }
}
