package org.thaw.integration.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where Keycloak is and the client secrets, read from configuration (system properties or
 * environment: {@code thaw.oidc.issuer} / {@code THAW_OIDC_ISSUER}, {@code
 * thaw.oidc.secret.thaw-portal} / {@code THAW_OIDC_SECRET_THAW_PORTAL}...).
 *
 * <p>Named {@code oidc} for the expressions of each war's
 * {@code @OpenIdAuthenticationMechanismDefinition}: {@code providerURI = "${oidc.issuer}"},
 * {@code clientSecret = "${oidc.clientSecret('thaw-portal')}"}.
 */
@Named("oidc")
@ApplicationScoped
public class OidcSettings {

    /** The audience every token for Thaw's REST APIs must carry. */
    public static final String API_AUDIENCE = "thaw-api";

    private Config config() {
        return ConfigProvider.getConfig(OidcSettings.class.getClassLoader());
    }

    /** The realm's issuer URL, e.g. {@code http://localhost:8180/realms/thaw}. */
    public String getIssuer() {
        return config().getOptionalValue("thaw.oidc.issuer", String.class)
                .map(OidcSettings::withoutTrailingSlash)
                .orElse("http://localhost:8180/realms/thaw");
    }

    /** The realm's public keys. */
    public String getJwksUri() {
        return getIssuer() + "/protocol/openid-connect/certs";
    }

    /** The secret of a confidential client; refuses to start sign-in without one. */
    public String clientSecret(String clientId) {
        return config().getOptionalValue("thaw.oidc.secret." + clientId, String.class)
                .orElseThrow(() ->
                        new IllegalStateException("No client secret configured: set thaw.oidc.secret." + clientId));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
