package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /portal/api/me}: Keycloak bearer tokens only, checked for real. */
class PortalApiIT {

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void aPatientsTokenReadsTheirOwnProfile() throws Exception {
        HttpResponse<String> response = Api.get("/portal/api/me", Tokens.accessToken("casey"));
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> me = JSONObjectUtils.parse(response.body());
        assertEquals("Casey Brooks", me.get("displayName"));
        assertEquals("UTC", me.get("timeZone"));
        assertTrue(String.valueOf(me.get("id")).matches("[0-9a-f-]{36}"), me.toString());
    }

    @Test
    void noTokenIs401NeverARedirect() throws Exception {
        HttpResponse<String> response = Api.get("/portal/api/me", null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertEquals(
                "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    }

    @Test
    void aTokenWithAFlippedCharacterMidSignatureIs401() throws Exception {
        String token = Tokens.accessToken("alex");
        int signatureStart = token.lastIndexOf('.') + 1;
        int middle = signatureStart + (token.length() - signatureStart) / 2;
        char flipped = token.charAt(middle) == 'A' ? 'B' : 'A';
        String forged = token.substring(0, middle) + flipped + token.substring(middle + 1);
        assertEquals(401, Api.get("/portal/api/me", forged).statusCode());
    }

    @Test
    void aTokenSignedByAKeyOutsideTheRealmIs401() throws Exception {
        String real = Tokens.accessToken("alex");
        JWTClaimsSet claims = SignedJWT.parse(real).getJWTClaimsSet();
        RSAKey ownKey = new RSAKeyGenerator(2048)
                .keyID(SignedJWT.parse(real).getHeader().getKeyID())
                .generate();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .type(JOSEObjectType.JWT)
                        .keyID(ownKey.getKeyID())
                        .build(),
                claims);
        forged.sign(new RSASSASigner(ownKey));
        assertEquals(401, Api.get("/portal/api/me", forged.serialize()).statusCode());
    }

    @Test
    void anUnsignedTokenIs401() throws Exception {
        String real = Tokens.accessToken("alex");
        String[] parts = real.split("\\.");
        String none = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}").toString() + "." + parts[1] + ".";
        assertEquals(401, Api.get("/portal/api/me", none).statusCode());
    }

    @Test
    void anIdTokenInsteadOfAnAccessTokenIs401() throws Exception {
        String idToken = (String) Tokens.grant("alex").get("id_token");
        assertEquals(401, Api.get("/portal/api/me", idToken).statusCode());
    }

    @Test
    void aClinicianTokenOnThePatientApiIs403() throws Exception {
        HttpResponse<String> response = Api.get("/portal/api/me", Tokens.accessToken("dr.rivera"));
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("\"status\":403"), response.body());
    }

    @Test
    void theAccessTokenCarriesTheApiAudienceAndRoles() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(Tokens.accessToken("alex")).getJWTClaimsSet();
        assertTrue(
                claims.getAudience().contains("thaw-api"), claims.getAudience().toString());
        assertEquals(
                List.of("patient"),
                claims.getStringListClaim("groups").stream()
                        .filter(r -> r.equals("patient"))
                        .toList());
    }

    @Test
    void pagesAndApiAnswersCarryTheSecurityHeadersAndAreNotCached() throws Exception {
        for (HttpResponse<String> response : List.of(
                Api.get("/portal/api/me", Tokens.accessToken("alex")),
                Api.get("/portal/api/me", Tokens.accessToken("dr.chen")),
                Api.get("/portal/jakarta.faces.resource/thaw/thaw.css.xhtml", null))) {
            if (response.uri().getPath().contains("/jakarta.faces.resource/")) {
                assertEquals(
                        "nosniff",
                        response.headers().firstValue("X-Content-Type-Options").orElse(""));
                continue;
            }
            assertEquals(
                    "nosniff",
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    response.uri().toString());
            assertEquals(
                    "no-store",
                    response.headers().firstValue("Cache-Control").orElse(""),
                    response.uri().toString());
            assertTrue(response.headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .contains("frame-ancestors 'none'"));
            assertEquals(
                    "same-origin",
                    response.headers().firstValue("Referrer-Policy").orElse(""));
        }
    }
}
