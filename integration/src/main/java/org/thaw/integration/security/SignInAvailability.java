package org.thaw.integration.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Whether Keycloak can take a sign-in right now: its realm's discovery document answers 200 within
 * {@link #TIMEOUT}. The answer is kept for {@link #KEEP} so that a burst of sign-ins costs one
 * check, and a Keycloak that is away costs each visitor at most one short wait, not a browser
 * error from a dead sign-in server.
 */
final class SignInAvailability {

    private static final Logger LOG = Logger.getLogger(SignInAvailability.class.getName());

    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final Duration KEEP = Duration.ofSeconds(10);

    private final URI discovery;
    private final Clock clock;
    private volatile Instant checkedAt = Instant.MIN;
    private volatile boolean available = true;

    SignInAvailability(String issuer) {
        this(issuer, Clock.systemUTC());
    }

    SignInAvailability(String issuer, Clock clock) {
        this.discovery = URI.create(issuer + "/.well-known/openid-configuration");
        this.clock = clock;
    }

    /** True when Keycloak answered within the last {@link #KEEP}, or answers now. */
    boolean available() {
        Instant now = clock.instant();
        if (Duration.between(checkedAt, now).compareTo(KEEP) < 0) {
            return available;
        }
        synchronized (this) {
            if (Duration.between(checkedAt, clock.instant()).compareTo(KEEP) < 0) {
                return available;
            }
            boolean up = check();
            if (up != available) {
                LOG.warning(
                        up
                                ? "Keycloak answers again: sign-in is open"
                                : "Keycloak does not answer: sign-in is"
                                        + " unavailable until it does (signed-in sessions and bearer tokens keep working)");
            }
            available = up;
            checkedAt = clock.instant();
            return up;
        }
    }

    /** Forgets the kept answer (a redirect to Keycloak failed in another way, or a test). */
    void forget() {
        checkedAt = Instant.MIN;
    }

    /**
     * A client of its own each time (at most one check every {@link #KEEP}), so no kept-alive
     * connection from an earlier check is involved in the answer.
     */
    private boolean check() {
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
