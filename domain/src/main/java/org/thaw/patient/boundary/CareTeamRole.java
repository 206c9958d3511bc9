package org.thaw.patient.boundary;

/** A clinician's place on a patient's care team. */
public enum CareTeamRole {
    /** The one clinician responsible for the patient. */
    PRIMARY,
    /** Any number of colleagues who also see the chart (cover, co-treatment). */
    COVERING
}
