package org.thaw.flag.boundary;

import java.util.Collection;

/**
 * The kinds of flag (docs/clinical-rules.md, "Rules implemented now"). {@link #label()} names the
 * type as a whole (filters, settings); {@link #label(boolean)} names one flag by what its evidence
 * came from (docs/clinical-rules.md, "Flag labels"), so a FUNCTIONAL_IMPACT raised only by the
 * PHQ-9 difficulty answer is not called numbness.
 */
public enum FlagType {
    SAFETY("Safety answer"),
    PERSISTENT_NUMBNESS("Persistent numbness"),
    FUNCTIONAL_IMPACT("Daily life affected", "Numbness affecting daily life", "Daily life affected (PHQ-9 difficulty)"),
    HOPELESSNESS("Hopelessness"),
    WORSENING("Worsening scores"),
    DISENGAGED("No check-ins"),
    MEDICATION_ONSET("Possible medication-related blunting — review"),
    NOT_IMPROVING("Not improving");

    private final String label;
    private final String journalLabel;
    private final String otherLabel;

    FlagType(String label) {
        this(label, label, label);
    }

    FlagType(String label, String journalLabel, String otherLabel) {
        this.label = label;
        this.journalLabel = journalLabel;
        this.otherLabel = otherLabel;
    }

    /** The type's name, whatever raised it. */
    public String label() {
        return label;
    }

    /**
     * The name of one flag of this type: with any journal evidence on it, the journal's wording
     * ("Numbness affecting daily life"), else the wording of the screener rule that raised it
     * ("Daily life affected (PHQ-9 difficulty)"). Types only one family raises have one label.
     */
    public String label(boolean journalEvidence) {
        return journalEvidence ? journalLabel : otherLabel;
    }

    /** {@link #label(boolean)} for a flag whose evidence came from these sources. */
    public String label(Collection<EvidenceSource> sources) {
        return label(sources.contains(EvidenceSource.JOURNAL));
    }
}
