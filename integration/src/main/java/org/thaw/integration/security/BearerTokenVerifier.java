package org.thaw.integration.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Verifies Keycloak access tokens for the REST APIs: RS256 signature by a key of the realm's
 * JWKS, the realm as issuer, audience {@code thaw-api}, {@code typ} Bearer (an ID token is
 * refused), not expired (60 s skew).
 */
public final class BearerTokenVerifier {

    private static final int CLOCK_SKEW_SECONDS = 60;

    private final ConfigurableJWTProcessor<SecurityContext> processor;
    private final JWKSource<SecurityContext> keys;

    public BearerTokenVerifier(String issuer, String jwksUri, String audience) {
        this(issuer, audience, remoteKeys(jwksUri));
    }

    /** With a given key source, e.g. a fixed key set in tests. */
    public BearerTokenVerifier(String issuer, String audience, JWKSource<SecurityContext> keys) {
        this.keys = keys;
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        // Keycloak writes "typ": "JWT" in the header; the claim "typ" tells access from ID tokens.
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                audience,
                new JWTClaimsSet.Builder().issuer(issuer).claim("typ", "Bearer").build(),
                Set.of("sub", "exp", "iat", "preferred_username"));
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        p.setJWTClaimsSetVerifier(claims);
        this.processor = p;
    }

    public VerifiedToken verify(String token) throws InvalidTokenException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new InvalidTokenException("token refused: " + e.getMessage(), e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new InvalidTokenException("token could not be checked: " + e.getMessage(), e);
        }
        try {
            return new VerifiedToken(
                    claims.getSubject(),
                    claims.getStringClaim("preferred_username"),
                    claims.getStringClaim("name"),
                    roles(claims));
        } catch (ParseException e) {
            throw new InvalidTokenException("token claims malformed", e);
        }
    }

    /** Realm roles: the {@code groups} claim Thaw's mapper writes, else Keycloak's {@code realm_access.roles}. */
    static Set<String> roles(JWTClaimsSet claims) throws ParseException {
        Set<String> roles = new HashSet<>();
        List<String> groups = claims.getStringListClaim("groups");
        if (groups != null) {
            roles.addAll(groups);
        }
        Map<String, Object> realmAccess = claims.getJSONObjectClaim("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> list) {
            list.forEach(r -> roles.add(String.valueOf(r)));
        }
        return Set.copyOf(roles);
    }

    /**
     * Fetches the realm's keys now (the app calls this at start), so that a Keycloak that goes
     * away later does not refuse good tokens to an app that had not needed them yet. False, and
     * nothing thrown, when the keys cannot be had now: the first token check tries again.
     */
    public boolean prefetch() {
        try {
            keys.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
            return true;
        } catch (KeySourceException unavailable) {
            return false;
        }
    }

    /**
     * The realm's keys, fetched when first needed and cached; while Keycloak cannot be reached the
     * last good set stays in use (outage tolerant), so signed-in callers keep working until their
     * tokens expire. The library's default of 500 ms to connect and to read is too short for a
     * Keycloak that has just started on a busy machine: the first API call would be refused (401)
     * although its token is good. Five seconds each, one retry, at most 50 kB.
     */
    private static JWKSource<SecurityContext> remoteKeys(String jwksUri) {
        try {
            return JWKSourceBuilder.create(
                            URI.create(jwksUri).toURL(), new DefaultResourceRetriever(5_000, 5_000, 51_200))
                    .retrying(true)
                    .outageTolerantForever()
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad JWKS URL", e);
        }
    }
}
