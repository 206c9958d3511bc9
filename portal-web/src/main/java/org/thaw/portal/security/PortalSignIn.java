package org.thaw.portal.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Browser sign-in for the portal through Keycloak (authorization code flow, confidential client
 * {@code thaw-portal}). Realm roles arrive in the {@code groups} claim. Sign-out also ends the
 * Keycloak session. The REST API does not use this: see
 * {@link org.thaw.integration.security.ThawAuthenticationMechanism}.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidc.issuer}",
        clientId = "thaw-portal",
        clientSecret = "${oidc.clientSecret('thaw-portal')}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/signed-out.xhtml"))
@DeclareRoles({"patient", "clinician", "admin"})
@ApplicationScoped
public class PortalSignIn {}
