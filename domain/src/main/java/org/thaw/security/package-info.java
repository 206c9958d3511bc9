/**
 * Who is calling and what they may see.
 *
 * <p>The web modules identify the caller once per request ({@link org.thaw.security.boundary.Caller});
 * boundaries ask it for the role they need and refuse with {@link
 * org.thaw.security.boundary.AccessDeniedException} (a whole capability is not for this role) or
 * {@link org.thaw.security.boundary.RecordNotFoundException} (the record is not theirs, answered as
 * if it did not exist so that existence does not leak).
 *
 * <p>Out of scope: authentication itself (Keycloak, through the web modules) and care-team
 * assignment (the {@code patient} capability).
 */
package org.thaw.security;
