package org.thaw.message.entity;

/** OPEN until a clinician marks the thread handled; a new patient message opens it again. */
public enum ThreadStatus {
    OPEN,
    HANDLED
}
