package org.thaw.screener.control;

import jakarta.json.bind.annotation.JsonbTransient;

/**
 * A named range of the final total (after the multiplier), e.g. PHQ-9 10–14 "Moderate". Both ends
 * are included; an instrument's bands follow each other without gap or overlap.
 *
 * <p>A band has two labels (docs/clinical-rules.md, "Band labels"): {@code label} is what the
 * patient reads and stays neutral ("Above the screening cut-off"); {@code clinicianLabel} is what
 * the care team reads and may name the clinical meaning of the cut-off ("At or above 31: probable
 * PTSD — confirm with a clinical assessment"). A definition that gives no clinician label uses the
 * patient's. The {@code code} is stored with every response and reaches the patient's own API, so
 * it is neutral too. The clinician label is never written into JSON: an instrument definition is
 * served to patients ({@code GET /portal/api/instruments/{code}}); the care team reads it on each
 * result instead ({@code bandClinicianLabel}).
 */
public record Band(
        String code, String label, @JsonbTransient String clinicianLabel, int min, int max) {

    public Band {
        if (code == null || code.isBlank() || label == null || label.isBlank()) {
            throw new IllegalArgumentException("a band needs a code and a label");
        }
        if (clinicianLabel == null) {
            clinicianLabel = label;
        } else if (clinicianLabel.isBlank()) {
            throw new IllegalArgumentException(
                    "band " + code + " has a blank clinicianLabel: leave it out to use the label");
        }
        if (min > max) {
            throw new IllegalArgumentException("band " + code + " runs from " + min + " down to " + max);
        }
    }

    /** A band whose care team reads the same label as the patient. */
    public Band(String code, String label, int min, int max) {
        this(code, label, null, min, max);
    }

    public boolean contains(int total) {
        return total >= min && total <= max;
    }
}
