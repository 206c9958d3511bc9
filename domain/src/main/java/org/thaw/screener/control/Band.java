package org.thaw.screener.control;

/**
 * A named range of the final total (after the multiplier), e.g. PHQ-9 10–14 "Moderate". Both ends
 * are included; an instrument's bands follow each other without gap or overlap.
 */
public record Band(String code, String label, int min, int max) {

    public Band {
        if (code == null || code.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a band needs a code and a label");
        }
        if (min > max) {
            throw new IllegalArgumentException("band " + code + " runs from " + min + " down to " + max);
        }
    }

    public boolean contains(int total) {
        return total >= min && total <= max;
    }
}
