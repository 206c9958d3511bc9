package org.thaw.message.boundary;

/** Who wrote a message: the patient, a clinician of the care team, or Thaw (an automatic reply). */
public enum AuthorRole {
    PATIENT,
    CLINICIAN,
    SYSTEM
}
