package org.thaw.account.boundary;

import java.time.Instant;

/**
 * An invitation as the care team and the admin see it.
 *
 * @param status where it stands
 * @param sentAt when it was (last) sent
 * @param expiresAt until when its link works
 * @param accountEnabled whether the account may sign in; {@code null} when Keycloak could not be asked
 */
public record InvitationView(InvitationStatus status, Instant sentAt, Instant expiresAt, Boolean accountEnabled) {}
