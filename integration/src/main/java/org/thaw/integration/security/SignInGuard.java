package org.thaw.integration.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Passed to the OpenID Connect mechanism instead of the real response: a redirect to Keycloak
 * goes through only when Keycloak answers; otherwise it is held back and {@link #refused()} tells
 * the caller to answer with the sign-in-unavailable page. Any other redirect passes unchanged.
 */
final class SignInGuard extends HttpServletResponseWrapper {

    private final String issuer;
    private final SignInAvailability availability;
    private boolean refused;

    SignInGuard(HttpServletResponse response, String issuer, SignInAvailability availability) {
        super(response);
        this.issuer = issuer;
        this.availability = availability;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (toSignIn(location) && !availability.available()) {
            refused = true;
            return;
        }
        super.sendRedirect(location);
    }

    /** To the realm (its own address, or the authorization endpoint its discovery document names). */
    boolean toSignIn(String location) {
        return location != null
                && (location.startsWith(issuer + "/") || location.contains("/protocol/openid-connect/auth"));
    }

    boolean refused() {
        return refused;
    }
}
