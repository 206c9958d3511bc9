package org.thaw.integration.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

/** The address a browser session gives: the account's, only when its claims say it is verified. */
class CallerFilterTest {

    @Test
    void theSessionsAddressCountsOnlyWhenVerified() {
        assertEquals(
                "erin@example.org",
                CallerFilter.verifiedEmail(Json.createObjectBuilder()
                        .add("email", "erin@example.org")
                        .add("email_verified", true)
                        .build()));
        assertNull(CallerFilter.verifiedEmail(Json.createObjectBuilder()
                .add("email", "erin@example.org")
                .add("email_verified", false)
                .build()));
        assertNull(CallerFilter.verifiedEmail(Json.createObjectBuilder()
                .add("email", "erin@example.org")
                .add("email_verified", "true")
                .build()));
        assertNull(CallerFilter.verifiedEmail(
                Json.createObjectBuilder().add("email_verified", true).build()));
        assertNull(CallerFilter.verifiedEmail(null));
    }
}
