package org.thaw.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.thaw.account.boundary.InvitationStatus;
import org.thaw.patient.entity.Patient;

class InvitationTest {

    private static final Instant SENT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant EXPIRES = SENT.plus(Duration.ofHours(24));

    private final Invitation invitation = Invitation.ofPatient(
            new Patient("anna@example.org", "Anna", "Ahlberg", "anna@example.org", SENT),
            "kc-1",
            "dr.rivera",
            SENT,
            EXPIRES);

    @Test
    void sentUntilTheMomentItExpires() {
        assertEquals(InvitationStatus.SENT, invitation.status(EXPIRES.minusMillis(1)));
        assertEquals(InvitationStatus.EXPIRED, invitation.status(EXPIRES));
    }

    @Test
    void acceptedStaysAcceptedAfterTheLinkExpires() {
        invitation.accepted(SENT.plusSeconds(60));
        assertEquals(InvitationStatus.ACCEPTED, invitation.status(EXPIRES.plusSeconds(1)));
        assertThrows(IllegalStateException.class, () -> invitation.cancel("dr.rivera", EXPIRES));
        assertThrows(
                IllegalStateException.class, () -> invitation.resent("dr.rivera", EXPIRES, EXPIRES.plusSeconds(3600)));
    }

    @Test
    void cancelledUntilSentAgainWithANewExpiry() {
        invitation.cancel("dr.rivera", SENT.plusSeconds(60));
        assertEquals(InvitationStatus.CANCELLED, invitation.status(SENT.plusSeconds(61)));
        Instant again = EXPIRES.plusSeconds(10);
        invitation.resent("dr.okafor", again, again.plus(Duration.ofHours(2)));
        assertEquals(InvitationStatus.SENT, invitation.status(again.plusSeconds(1)));
        assertEquals(again.plus(Duration.ofHours(2)), invitation.expiresAt());
    }

    @Test
    void anInvitationExpiresAfterItIsSent() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Invitation.ofPatient(
                        new Patient("b@example.org", "B", "B", "b@example.org", SENT), "kc-2", "x", SENT, SENT));
    }
}
