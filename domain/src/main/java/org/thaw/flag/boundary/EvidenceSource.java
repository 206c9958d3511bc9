package org.thaw.flag.boundary;

/**
 * Which family of rules found a piece of evidence; set by the engine, stored with the evidence
 * (flag_evidence.source), and what names a flag whose type more than one family raises
 * (docs/clinical-rules.md, "Flag labels"): FUNCTIONAL_IMPACT from the journal is "Numbness
 * affecting daily life", from the PHQ-9 difficulty answer "Daily life affected (PHQ-9 difficulty)".
 */
public enum EvidenceSource {
    /** A journal rule, over a window of entries. */
    JOURNAL,
    /** A screener rule, over a response that just arrived. */
    SCREENER,
    /** The medication rule (MEDICATION_ONSET), over course events, the journal and side-effect reports. */
    MEDICATION
}
