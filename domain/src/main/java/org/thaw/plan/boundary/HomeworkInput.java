package org.thaw.plan.boundary;

import java.util.UUID;

/**
 * One homework item as a clinician writes it: {@code id} of an existing item when editing it (it
 * keeps its id and its check-offs), null for a new one.
 */
public record HomeworkInput(UUID id, String text) {

    /** A new item. */
    public static HomeworkInput of(String text) {
        return new HomeworkInput(null, text);
    }
}
