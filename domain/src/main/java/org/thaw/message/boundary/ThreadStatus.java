package org.thaw.message.boundary;

/** OPEN until a clinician marks the thread handled; a new patient message opens it again. */
public enum ThreadStatus {
    OPEN,
    HANDLED
}
