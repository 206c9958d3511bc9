package org.thaw.integration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sign-in while Keycloak is away: the check answers within its timeout, is kept for a few
 * seconds, and the redirect to Keycloak is held back (the mechanism then answers with Thaw's own
 * page). Against a real local HTTP server standing in for the realm's discovery document.
 */
class SignInAvailabilityTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static HttpServer realm() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/realms/thaw/.well-known/openid-configuration", exchange -> {
            byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    @Test
    void answersFromTheRealmAndKeepsTheAnswerBriefly() throws IOException {
        HttpServer server = realm();
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/thaw";
        MovableClock clock = new MovableClock();
        SignInAvailability availability = new SignInAvailability(issuer, clock);
        assertTrue(availability.available());

        server.stop(0);
        assertTrue(availability.available(), "kept for a few seconds");
        clock.now = clock.now.plus(SignInAvailability.KEEP).plusSeconds(1);
        long started = System.nanoTime();
        assertFalse(availability.available(), "a stopped realm is seen once the kept answer is old");
        assertTrue(
                Duration.ofNanos(System.nanoTime() - started).compareTo(SignInAvailability.TIMEOUT.plusSeconds(1)) < 0);
    }

    @Test
    void aRedirectToKeycloakIsHeldBackOnlyWhileItIsAway() throws IOException {
        List<String> redirects = new ArrayList<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendRedirect")) {
                        redirects.add((String) args[0]);
                    }
                    return null;
                });
        String issuer = "http://127.0.0.1:1/realms/thaw"; // nothing listens on port 1
        SignInGuard guard = new SignInGuard(response, issuer, new SignInAvailability(issuer, new MovableClock()), null);

        guard.sendRedirect("/portal/");
        assertEquals(List.of("/portal/"), redirects, "a redirect within the app passes");
        assertFalse(guard.refused());

        guard.sendRedirect(issuer + "/protocol/openid-connect/auth?client_id=thaw-portal");
        assertEquals(1, redirects.size(), "no redirect to a sign-in server that does not answer");
        assertTrue(guard.refused());
    }

    @Test
    void theSignInAddressAsksForTheLanguageTheBrowserLastReadThawIn() {
        String auth = "http://localhost:8180/realms/thaw/protocol/openid-connect/auth?client_id=thaw-portal&state=x";
        assertEquals(auth + "&ui_locales=es", SignInGuard.inLanguage(auth, "es"));
        assertEquals(auth, SignInGuard.inLanguage(auth, null), "no language known: Keycloak's own choice");
        assertEquals(
                auth + "&ui_locales=en",
                SignInGuard.inLanguage(auth + "&ui_locales=en", "es"),
                "a language the address names already stays");
        assertEquals(
                "http://localhost:8180/realms/thaw/account?ui_locales=es",
                SignInGuard.inLanguage("http://localhost:8180/realms/thaw/account", "es"));
    }

    @Test
    void thePageSaysSignInIsUnavailableAndCarriesTheCrisisResources() {
        String html = SignInUnavailablePage.html("/portal", "Call 988 <now> & \"stay\"", "Not watched.", true);
        assertTrue(html.contains("Sign-in is unavailable right now"));
        assertTrue(html.contains("try again in a few minutes"));
        assertTrue(html.contains("Call 988 &lt;now&gt; &amp; &quot;stay&quot;"), "the practice's text, escaped");
        assertTrue(html.contains("href=\"/portal/help.xhtml\""));
        assertFalse(SignInUnavailablePage.html("/clinician", "x", "y", false).contains("help.xhtml"));
    }
}
