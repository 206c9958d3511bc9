package org.thaw.medication.boundary;

/** The class of a catalogue antidepressant (clinical-reference.md, "Medication-related blunting"). */
public enum DrugClass {
    SSRI("SSRI"),
    SNRI("SNRI"),
    NDRI("NDRI"),
    NASSA("NaSSA"),
    MULTIMODAL("multimodal"),
    MELATONERGIC("melatonergic");

    private final String label;

    DrugClass(String label) {
        this.label = label;
    }

    /** As clinicians write it: "SSRI", "NaSSA", "multimodal". */
    public String label() {
        return label;
    }
}
