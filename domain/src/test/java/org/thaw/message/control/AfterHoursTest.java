package org.thaw.message.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.message.boundary.AuthorRole;
import org.thaw.message.entity.Message;
import org.thaw.practice.control.OfficeHours;

/** When a patient's message gets the automatic reply: outside office hours, once until a clinician answers. */
class AfterHoursTest {

    private static final OfficeHours HOURS = OfficeHours.parse("MON-FRI 09:00-17:00");
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final UUID THREAD = UUID.fromString("00000000-0000-4000-8000-00000000f001");

    /** Monday 6 January 2025. */
    private static final Instant INSIDE = Instant.parse("2025-01-06T10:00:00Z");

    private static final Instant EVENING = Instant.parse("2025-01-06T19:00:00Z");
    private static final Instant SATURDAY = Instant.parse("2025-01-11T12:00:00Z");

    private static List<Message> thread(AuthorRole... authors) {
        List<Message> messages = new ArrayList<>();
        Instant at = Instant.parse("2025-01-06T08:00:00Z");
        for (AuthorRole role : authors) {
            String author =
                    switch (role) {
                        case PATIENT -> "pat.one";
                        case CLINICIAN -> "dr.one";
                        case SYSTEM -> AfterHours.AUTHOR;
                    };
            messages.add(new Message(THREAD, author, role, author, "text", at, null));
            at = at.plusSeconds(60);
        }
        return messages;
    }

    private static boolean replyNeeded(Instant at, AuthorRole... earlier) {
        return AfterHours.replyNeeded(thread(earlier), at, HOURS, UTC);
    }

    @Test
    void insideOfficeHoursThereIsNoReply() {
        assertFalse(replyNeeded(INSIDE), "a new thread");
        assertFalse(replyNeeded(INSIDE, AuthorRole.PATIENT));
        assertFalse(replyNeeded(INSIDE, AuthorRole.PATIENT, AuthorRole.CLINICIAN));
        assertFalse(replyNeeded(Instant.parse("2025-01-06T09:00:00Z")), "opening time");
        assertFalse(replyNeeded(Instant.parse("2025-01-06T16:59:59Z")), "the last second");
    }

    @Test
    void outsideOfficeHoursAFirstMessageGetsAReply() {
        assertTrue(replyNeeded(EVENING), "a new thread in the evening");
        assertTrue(replyNeeded(SATURDAY), "a new thread on Saturday");
        assertTrue(replyNeeded(Instant.parse("2025-01-06T17:00:00Z")), "closing time");
        assertTrue(replyNeeded(Instant.parse("2025-01-06T08:59:59Z")), "just before opening");
    }

    @Test
    void outsideOfficeHoursInAThreadWithoutAnAutomaticReplyYet() {
        assertTrue(replyNeeded(EVENING, AuthorRole.PATIENT), "the thread began in office hours");
        assertTrue(replyNeeded(EVENING, AuthorRole.PATIENT, AuthorRole.PATIENT));
        assertTrue(replyNeeded(EVENING, AuthorRole.CLINICIAN), "a clinician began the thread");
    }

    @Test
    void aSecondMessageAfterAnAutomaticReplyGetsNoneWhileNoClinicianHasWritten() {
        assertFalse(replyNeeded(EVENING, AuthorRole.PATIENT, AuthorRole.SYSTEM));
        assertFalse(replyNeeded(EVENING, AuthorRole.PATIENT, AuthorRole.SYSTEM, AuthorRole.PATIENT));
        assertFalse(
                replyNeeded(SATURDAY, AuthorRole.PATIENT, AuthorRole.SYSTEM, AuthorRole.PATIENT, AuthorRole.PATIENT),
                "still none days later, over the weekend");
    }

    @Test
    void afterAClinicianAnsweredTheNextMessageOutsideHoursGetsAReplyAgain() {
        assertTrue(replyNeeded(EVENING, AuthorRole.PATIENT, AuthorRole.SYSTEM, AuthorRole.CLINICIAN));
        assertTrue(
                replyNeeded(EVENING, AuthorRole.PATIENT, AuthorRole.SYSTEM, AuthorRole.CLINICIAN, AuthorRole.PATIENT),
                "the clinician's answer came after the last automatic reply");
        assertFalse(
                replyNeeded(
                        EVENING,
                        AuthorRole.PATIENT,
                        AuthorRole.SYSTEM,
                        AuthorRole.CLINICIAN,
                        AuthorRole.PATIENT,
                        AuthorRole.SYSTEM),
                "and then once again only");
    }

    @Test
    void theOfficeHoursAreReadInThePracticeZone() {
        // Monday 16:30 UTC is 17:30 in Oslo: open in UTC, closed in Oslo
        Instant monday1630 = Instant.parse("2025-01-06T16:30:00Z");
        assertFalse(AfterHours.replyNeeded(List.of(), monday1630, HOURS, UTC));
        assertTrue(AfterHours.replyNeeded(List.of(), monday1630, HOURS, ZoneId.of("Europe/Oslo")));
    }

    @Test
    void theReplySaysTheHoursTheResponseTimeAndWhereToGetHelpNow() {
        String crisis = "Call 112 now.\nOr text 988.";

        String text = AfterHours.text(HOURS, "within 2 working days", crisis);

        assertTrue(text.contains("(Monday to Friday, 09:00–17:00)"), text);
        assertTrue(text.contains("We usually reply within 2 working days."), text);
        assertTrue(text.contains("not watched in real time"), text);
        assertTrue(text.endsWith("\n" + crisis), text);
    }

    @Test
    void aSpanishReaderGetsTheReplyInSpanishWithTheDaysInSpanish() {
        String crisis = "Llame al 112 ahora.";

        String text = AfterHours.text(HOURS, "en un plazo de 2 días hábiles", crisis, Locale.forLanguageTag("es"));

        assertTrue(text.startsWith("Gracias por su mensaje."), text);
        assertTrue(text.contains("(de lunes a viernes, 09:00–17:00)"), text);
        assertTrue(text.contains("Solemos responder en un plazo de 2 días hábiles."), text);
        assertTrue(text.contains("no se vigilan en tiempo real"), text);
        assertTrue(text.endsWith("\n" + crisis), text);
        assertEquals("Thaw (respuesta automática)", AfterHours.authorName(Locale.forLanguageTag("es")));
        assertEquals(AfterHours.AUTHOR_NAME, AfterHours.authorName(Locale.ENGLISH));
    }

    @Test
    void thawsOwnMessagesHaveAnAuthorNoPersonCanHave() {
        assertEquals("thaw", AfterHours.AUTHOR);
        assertTrue(AfterHours.AUTHOR_NAME.contains("automatic"));
    }
}
