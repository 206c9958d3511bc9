package org.thaw.integration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API's token rules, each at its edge, with a realm key of the test's own. */
class BearerTokenVerifierTest {

    private static final String ISSUER = "http://localhost:8180/realms/thaw";
    private static RSAKey realmKey;
    private static BearerTokenVerifier verifier;

    @BeforeAll
    static void realm() throws Exception {
        realmKey = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        verifier =
                new BearerTokenVerifier(ISSUER, "thaw-api", new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())));
    }

    @Test
    void aGoodAccessTokenGivesSubjectUsernameAndRoles() throws Exception {
        VerifiedToken token = verifier.verify(token(c -> c));
        assertEquals("sub-1", token.subject());
        assertEquals("alex", token.username());
        assertEquals(Set.of("patient", "offline_access"), token.roles());
    }

    @Test
    void theAccountsAddressIsTakenOnlyWhenTheTokenSaysItIsVerified() throws Exception {
        assertEquals(
                "alex@example.org",
                verifier.verify(token(c -> c.claim("email", "alex@example.org").claim("email_verified", true)))
                        .email());
        assertEquals(
                null,
                verifier.verify(token(c -> c.claim("email", "alex2@example.org").claim("email_verified", false)))
                        .email());
        assertEquals(
                null,
                verifier.verify(token(c -> c.claim("email", "alex3@example.org")))
                        .email());
    }

    @Test
    void expiredBeyondTheSkewIsRefused() {
        assertThrows(
                InvalidTokenException.class, () -> verifier.verify(token(c -> c.expirationTime(secondsFromNow(-120)))));
    }

    @Test
    void expiredWithinTheSkewIsAccepted() throws Exception {
        assertEquals(
                "alex",
                verifier.verify(token(c -> c.expirationTime(secondsFromNow(-30))))
                        .username());
    }

    @Test
    void anotherIssuerIsRefused() {
        assertThrows(
                InvalidTokenException.class,
                () -> verifier.verify(token(c -> c.issuer("http://localhost:8180/realms/other"))));
    }

    @Test
    void withoutTheApiAudienceIsRefused() {
        assertThrows(InvalidTokenException.class, () -> verifier.verify(token(c -> c.audience("account"))));
    }

    @Test
    void anIdTokenIsRefused() {
        assertThrows(InvalidTokenException.class, () -> verifier.verify(token(c -> c.claim("typ", "ID"))));
    }

    @Test
    void aKeyOutsideTheRealmIsRefused() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        assertThrows(InvalidTokenException.class, () -> verifier.verify(sign(claims(c -> c), other)));
    }

    @Test
    void aTokenThatPassedOnceIsRefusedPastItsExpiryAsIfNeverSeen() throws Exception {
        MovingClock clock = new MovingClock();
        BearerTokenVerifier remembering = new BearerTokenVerifier(
                ISSUER, "thaw-api", new ImmutableJWKSet<>(new JWKSet(realmKey.toPublicJWK())), clock);
        String token = token(c -> c.expirationTime(secondsFromNow(100)));

        assertEquals("alex", remembering.verify(token).username());
        assertEquals("alex", remembering.verify(token).username(), "the same token again");
        clock.now = clock.now.plusSeconds(100 + 61);

        assertThrows(InvalidTokenException.class, () -> remembering.verify(token));
    }

    @Test
    void aTokenThatPassedOnceIsRefusedOnceItsKeyLeavesTheRealm() throws Exception {
        RSAKey next = new RSAKeyGenerator(2048).keyID("next-key").generate();
        JWKSet[] published = {new JWKSet(List.of(realmKey.toPublicJWK(), next.toPublicJWK()))};
        BearerTokenVerifier remembering = new BearerTokenVerifier(
                ISSUER, "thaw-api", (selector, context) -> selector.select(published[0]), new MovingClock());
        String token = token(c -> c);

        assertEquals("alex", remembering.verify(token).username());
        published[0] = new JWKSet(next.toPublicJWK());

        assertThrows(InvalidTokenException.class, () -> remembering.verify(token));
    }

    @Test
    void aTokenThatPassedOnceIsRefusedWhenItsKeyIdNowNamesAnotherKey() throws Exception {
        RSAKey replaced = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        JWKSet[] published = {new JWKSet(realmKey.toPublicJWK())};
        BearerTokenVerifier remembering = new BearerTokenVerifier(
                ISSUER, "thaw-api", (selector, context) -> selector.select(published[0]), new MovingClock());
        String token = token(c -> c);

        assertEquals("alex", remembering.verify(token).username());
        published[0] = new JWKSet(replaced.toPublicJWK());

        assertThrows(InvalidTokenException.class, () -> remembering.verify(token));
    }

    /** A clock the test moves; it starts at the real time, as the tokens' times do. */
    private static final class MovingClock extends Clock {
        Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void garbageIsRefused() {
        assertThrows(InvalidTokenException.class, () -> verifier.verify("not.a.token"));
    }

    /** A realm that answers its first key request slowly, as a freshly started Keycloak on a busy machine does. */
    @Test
    void aGoodTokenPassesEvenWhenTheRealmsKeysTakeOverASecondToArrive() throws Exception {
        HttpServer slowRealm = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] jwks = new JWKSet(realmKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        slowRealm.createContext("/certs", exchange -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        slowRealm.start();
        try {
            BearerTokenVerifier remote = new BearerTokenVerifier(
                    ISSUER, "http://127.0.0.1:" + slowRealm.getAddress().getPort() + "/certs", "thaw-api");
            assertEquals("alex", remote.verify(token(c -> c)).username());
        } finally {
            slowRealm.stop(0);
        }
    }

    /** Keycloak goes away after the app fetched its keys at start: good tokens keep working. */
    @Test
    void keysFetchedAtStartKeepGoodTokensWorkingWhileTheRealmIsAway() throws Exception {
        HttpServer realm = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] jwks = new JWKSet(realmKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        realm.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        realm.start();
        BearerTokenVerifier remote = new BearerTokenVerifier(
                ISSUER, "http://127.0.0.1:" + realm.getAddress().getPort() + "/certs", "thaw-api");

        assertTrue(remote.prefetch(), "the keys are fetched at start");
        realm.stop(0);

        assertEquals("alex", remote.verify(token(c -> c)).username(), "the realm is away; the token is still good");
        RSAKey other = new RSAKeyGenerator(2048).keyID("realm-key").generate();
        assertThrows(
                InvalidTokenException.class,
                () -> remote.verify(sign(claims(c -> c), other)),
                "and a token the realm never signed is still refused");
    }

    @Test
    void aRealmThatCannotBeReachedAtStartIsNoFailure() throws Exception {
        BearerTokenVerifier unreachable = new BearerTokenVerifier(ISSUER, "http://127.0.0.1:9/certs", "thaw-api");

        assertFalse(unreachable.prefetch());
        assertThrows(InvalidTokenException.class, () -> unreachable.verify(token(c -> c)));
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        return sign(claims(change), realmKey);
    }

    private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("sub-1")
                .audience(List.of("thaw-api", "account"))
                .issueTime(secondsFromNow(-10))
                .expirationTime(secondsFromNow(290))
                .claim("typ", "Bearer")
                .claim("preferred_username", "alex")
                .claim("groups", List.of("patient"))
                .claim("realm_access", Map.of("roles", List.of("patient", "offline_access")));
        return change.apply(b).build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(key.getKeyID())
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static Date secondsFromNow(long seconds) {
        return new Date(System.currentTimeMillis() + seconds * 1000);
    }
}
