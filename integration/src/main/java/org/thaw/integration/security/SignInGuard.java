package org.thaw.integration.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Passed to the OpenID Connect mechanism instead of the real response: a redirect to Keycloak
 * goes through only when Keycloak answers; otherwise it is held back and {@link #refused()} tells
 * the caller to answer with the sign-in-unavailable page. A redirect to Keycloak asks for the
 * language the browser last read Thaw in ({@link org.thaw.integration.view.LanguageCookie}). Any
 * other redirect passes unchanged.
 */
final class SignInGuard extends HttpServletResponseWrapper {

    private final String issuer;
    private final SignInAvailability availability;
    /** The language the browser last read Thaw in, for Keycloak's sign-in page; null when unknown. */
    private final String language;

    private boolean refused;

    SignInGuard(HttpServletResponse response, String issuer, SignInAvailability availability, String language) {
        super(response);
        this.issuer = issuer;
        this.availability = availability;
        this.language = language;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (toSignIn(location) && !availability.available()) {
            refused = true;
            return;
        }
        super.sendRedirect(toSignIn(location) ? inLanguage(location, language) : location);
    }

    /**
     * The sign-in address asking Keycloak for {@code language} ({@code ui_locales}, OpenID Connect's
     * own parameter), unless there is none or the address names one already.
     */
    static String inLanguage(String location, String language) {
        if (language == null || location.contains("ui_locales=")) {
            return location;
        }
        return location + (location.contains("?") ? "&" : "?") + "ui_locales="
                + URLEncoder.encode(language, StandardCharsets.UTF_8);
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
