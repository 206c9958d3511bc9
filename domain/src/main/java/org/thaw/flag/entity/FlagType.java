package org.thaw.flag.entity;

/** The kinds of flag (clinical-reference.md, "Default flag rules"). */
public enum FlagType {
    SAFETY("Safety answer"),
    PERSISTENT_NUMBNESS("Persistent numbness"),
    FUNCTIONAL_IMPACT("Numbness affecting daily life"),
    HOPELESSNESS("Hopelessness"),
    WORSENING("Worsening scores"),
    DISENGAGED("No check-ins"),
    MEDICATION_ONSET("Possible medication-related blunting — review"),
    NOT_IMPROVING("Not improving");

    private final String label;

    FlagType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
