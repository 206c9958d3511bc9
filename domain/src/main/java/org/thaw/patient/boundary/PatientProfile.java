package org.thaw.patient.boundary;

import java.util.UUID;

/** What a patient sees of their own record on the portal home and at {@code GET /portal/api/me}. */
public record PatientProfile(UUID id, String displayName, String firstName, String timeZone) {}
