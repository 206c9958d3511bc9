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
}
