package org.thaw.flag.boundary;

/** A flag's place in its lifecycle: only a clinician moves it on. */
public enum FlagStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
