package org.thaw.integration.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies Keycloak access tokens for the REST APIs: RS256 signature by a key of the realm's
 * JWKS, the realm as issuer, audience {@code thaw-api}, {@code typ} Bearer (an ID token is
 * refused), not expired (60 s skew).
 *
 * <p>A script or app sends the same token with every call until it expires, and checking it again
 * each time (Base64, JSON, an RSA signature) showed as a tenth of the server's CPU under load. So
 * a token that passed is remembered, by its SHA-256, until its own {@code exp} (not a second past
 * it: the skew is for clocks, not for the cache) and only while the key that signed it is still in
 * the realm's key set; anything else is checked in full. A refused token is never remembered.
 */
public final class BearerTokenVerifier {

    private static final int CLOCK_SKEW_SECONDS = 60;

    /** Tokens remembered at most; past it, expired ones are dropped, and if still full, all. */
    static final int REMEMBERED_MAX = 4_096;

    private final ConfigurableJWTProcessor<SecurityContext> processor;
    private final JWKSource<SecurityContext> keys;
    private final Clock clock;
    private final Map<String, Passed> passed = new ConcurrentHashMap<>();

    /** A token that passed: what it says, until when, and the key that signed it. */
    private record Passed(VerifiedToken token, Instant expires, JWK key) {}

    public BearerTokenVerifier(String issuer, String jwksUri, String audience) {
        this(issuer, audience, remoteKeys(jwksUri), Clock.systemUTC());
    }

    /** With a given key source, e.g. a fixed key set in tests. */
    public BearerTokenVerifier(String issuer, String audience, JWKSource<SecurityContext> keys) {
        this(issuer, audience, keys, Clock.systemUTC());
    }

    /** With a given key source and clock (the claims' times are checked against it too). */
    BearerTokenVerifier(String issuer, String audience, JWKSource<SecurityContext> keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        // Keycloak writes "typ": "JWT" in the header; the claim "typ" tells access from ID tokens.
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, null));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims =
                new DefaultJWTClaimsVerifier<>(
                        audience,
                        new JWTClaimsSet.Builder()
                                .issuer(issuer)
                                .claim("typ", "Bearer")
                                .build(),
                        Set.of("sub", "exp", "iat", "preferred_username")) {
                    @Override
                    protected Date currentTime() {
                        return Date.from(clock.instant());
                    }
                };
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        p.setJWTClaimsSetVerifier(claims);
        this.processor = p;
    }

    public VerifiedToken verify(String token) throws InvalidTokenException {
        String digest = sha256(token);
        Passed earlier = passed.get(digest);
        if (earlier != null) {
            if (clock.instant().isBefore(earlier.expires()) && stillPublished(earlier.key())) {
                return earlier.token();
            }
            passed.remove(digest);
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException | com.nimbusds.jose.proc.BadJOSEException e) {
            throw new InvalidTokenException("token refused: " + e.getMessage(), e);
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new InvalidTokenException("token could not be checked: " + e.getMessage(), e);
        }
        VerifiedToken verified;
        try {
            verified = new VerifiedToken(
                    claims.getSubject(),
                    claims.getStringClaim("preferred_username"),
                    claims.getStringClaim("name"),
                    roles(claims),
                    Boolean.TRUE.equals(claims.getBooleanClaim("email_verified"))
                            ? claims.getStringClaim("email")
                            : null);
        } catch (ParseException e) {
            throw new InvalidTokenException("token claims malformed", e);
        }
        remember(digest, token, verified, claims.getExpirationTime());
        return verified;
    }

    private void remember(String digest, String token, VerifiedToken verified, Date expires) {
        List<JWK> signers;
        try {
            String keyId = JWSObject.parse(token).getHeader().getKeyID();
            if (keyId == null || expires == null) {
                return;
            }
            signers = keys.get(
                    new JWKSelector(new JWKMatcher.Builder().keyID(keyId).build()), null);
        } catch (ParseException | KeySourceException notNow) {
            return;
        }
        if (signers.size() != 1) {
            return;
        }
        if (passed.size() >= REMEMBERED_MAX) {
            Instant now = clock.instant();
            passed.values().removeIf(p -> !now.isBefore(p.expires()));
            if (passed.size() >= REMEMBERED_MAX) {
                passed.clear();
            }
        }
        passed.put(digest, new Passed(verified, expires.toInstant(), signers.get(0)));
    }

    /** The signing key is still in the realm's key set, unchanged (the key source's own cache answers). */
    private boolean stillPublished(JWK key) {
        try {
            return keys.get(
                            new JWKSelector(new JWKMatcher.Builder()
                                    .keyID(key.getKeyID())
                                    .build()),
                            null)
                    .contains(key);
        } catch (KeySourceException unavailable) {
            return false;
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
