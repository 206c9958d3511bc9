package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.thaw.deploy.e2e.TestStack;

/**
 * An instance is ready only when every Thaw war is deployed with its REST application started. The
 * test stack's instance (both wars) is ready and names both; a second Payara Micro against the same
 * database and Keycloak, started with the portal war only (as when the clinician war failed to
 * deploy), answers 503 on {@code /health/ready} although every check of the portal war is UP: only
 * {@code clinician-deployed} is DOWN, so no balancer or Kubernetes sends it traffic.
 */
class ReadinessIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void an_instance_missing_a_war_is_not_ready_and_names_the_war() throws Exception {
        Stack stack = TestStack.get();

        HttpResponse<String> full = get(stack.settings().baseUrl() + PayaraServer.READINESS);
        assertEquals(200, full.statusCode(), full::body);
        Map<String, String> both = checks(full.body());
        assertEquals("UP", both.get("portal-deployed"), full::body);
        assertEquals("UP", both.get("clinician-deployed"), full::body);

        int port = Integer.getInteger("thaw.test.http.port", 18080) + 3;
        PayaraServer.Instance portalOnly = PayaraServer.Instance.alone(
                "Payara Micro (portal only)",
                "payara-portal-only",
                port,
                Integer.getInteger("thaw.test.hazelcast.port", 16900) + 30);
        try (PayaraServer server =
                PayaraServer.launch(stack.settings(), stack.payaraProperties(), portalOnly, List.of("portal"))) {
            // every other check UP (the portal's own, Payara's): then only the missing war keeps it out
            HttpResponse<String> ready = awaitPortalChecksUp(portalOnly.url() + PayaraServer.READINESS, server);
            Map<String, String> checks = checks(ready.body());
            assertEquals(503, ready.statusCode(), ready::body);
            assertEquals("DOWN", checks.get("clinician-deployed"), ready::body);
            checks.remove("clinician-deployed");
            assertTrue(checks.values().stream().allMatch("UP"::equals), ready::body);
            assertEquals(302, get(portalOnly.url() + "/portal/").statusCode(), "the portal itself answers");
            assertEquals(404, get(portalOnly.url() + "/clinician/").statusCode(), "the clinician app is missing");
        }
    }

    private static HttpResponse<String> awaitPortalChecksUp(String url, PayaraServer server)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        HttpResponse<String> last = null;
        while (Instant.now().isBefore(deadline) && server.process().isAlive()) {
            try {
                last = get(url);
                Map<String, String> checks = checks(last.body());
                // and Payara's own "No Application deployed" gone: every war given has deployed
                checks.remove("clinician-deployed");
                if (List.of("portal-database", "portal-keycloak-keys", "portal-rest-api").stream()
                                .allMatch(name -> "UP".equals(checks.get(name)))
                        && checks.values().stream().allMatch("UP"::equals)) {
                    return last;
                }
            } catch (IOException | RuntimeException notYet) {
                // not listening yet, or not Payara's health answer yet
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the portal-only instance's other checks never came UP: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    /** Each check's name and status, from MicroProfile Health's answer. */
    private static Map<String, String> checks(String body) throws IOException {
        Map<String, String> checks = new TreeMap<>();
        for (JsonNode check : JSON.readTree(body).path("checks")) {
            checks.put(check.path("name").asText(), check.path("status").asText());
        }
        return checks;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(20))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
