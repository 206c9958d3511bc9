package org.thaw.screener.control;

import org.thaw.screener.boundary.ItemType;

/**
 * One answer a question offers. A {@link ItemType#CHOICE} option has a score (and, for the LOINC
 * instruments, its LA answer code); a {@link ItemType#CODE} or {@link ItemType#CODES} option has a
 * code and no score. The text is what the patient reads.
 */
public record Option(Integer score, String code, String text) {

    public Option {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an option has no text");
        }
    }
}
