package org.thaw.message.entity;

/** Who wrote a message: the patient, a clinician of the care team, or Thaw (an automatic reply). */
public enum AuthorRole {
    PATIENT,
    CLINICIAN,
    SYSTEM
}
