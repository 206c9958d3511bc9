package org.thaw.audit.entity;

/** How an audited call ended. */
public enum Outcome {
    /** The call completed. */
    ALLOWED,
    /** The caller was refused: wrong role, or a record that is not theirs. */
    DENIED,
    /** The call failed for another reason (bad input, a fault); nothing was disclosed. */
    FAILED
}
