package org.thaw.account.boundary;

import java.util.UUID;

/**
 * A clinician of the practice as the admin's list shows them.
 *
 * @param invitation the invitation that made their account, or {@code null} for an account made in
 *     Keycloak (the demo clinicians)
 */
public record ClinicianView(UUID id, String username, String name, InvitationView invitation) {}
