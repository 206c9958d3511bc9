/**
 * Thaw's edges toward other systems, shared by the portal and clinician wars.
 *
 * <ul>
 *   <li>{@code security}: sign-in through Keycloak. Pages use the browser's OpenID Connect session;
 *       {@code /api} takes Keycloak bearer tokens only. Both end in the domain's {@link
 *       org.thaw.security.boundary.Caller}.
 *   <li>{@code rest}: the REST error contract (problem+json) both APIs share.
 *   <li>{@code mail}: the e-mail that tells a reader a secure message is waiting, with no content.
 * </ul>
 *
 * <p>Later: account provisioning through keycloak-admin-client, FHIR R4 translators.
 */
package org.thaw.integration;
