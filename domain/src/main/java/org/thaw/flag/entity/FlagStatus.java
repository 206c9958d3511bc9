package org.thaw.flag.entity;

/** A flag's place in its lifecycle: only a clinician moves it on. */
public enum FlagStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
