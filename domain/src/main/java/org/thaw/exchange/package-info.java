/**
 * A patient's record as another system reads it (the clinician app's FHIR API maps it; this
 * package knows no FHIR): the patient, screener responses with their answers, journal numbness,
 * flags, medication courses with their dose steps, the treatment plan's goals and the messages.
 * Never a clinician-only field: no medication notes or stop reasons, no plan private note or goal
 * comments, no chart tasks, no hidden messages. It owns no table: its boundary {@code
 * RecordExport} reads each capability through that capability's control in one transaction and
 * one audit row. The caller is a clinician (their care team) or a practice-wide reader (the realm
 * role {@code fhir-reader}, a registered system's service account); anyone else's patient is "not
 * found".
 */
package org.thaw.exchange;
