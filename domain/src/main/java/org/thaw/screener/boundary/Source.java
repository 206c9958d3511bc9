package org.thaw.screener.boundary;

/** Who entered a screener result. */
public enum Source {
    /** The patient answered it in the portal (or through the portal API). */
    PATIENT,
    /** A clinician recorded a score administered elsewhere: a number and a date, no answers. */
    CLINICIAN
}
