/**
 * Patients, clinicians and care teams: who is a patient, who treats them, and therefore who may
 * see their chart. A clinician sees a patient's record if and only if an active care-team
 * assignment links them; assignments end rather than disappear, so their history is kept. The
 * practice admin sets the teams ({@link org.thaw.patient.boundary.CareTeams}) and sees names and
 * assignments there, never a chart.
 *
 * <p>Out of scope: accounts and passwords (Keycloak; invitations come through {@code
 * integration}) and the clinical record itself (journal, screening, flags, plans...).
 */
package org.thaw.patient;
