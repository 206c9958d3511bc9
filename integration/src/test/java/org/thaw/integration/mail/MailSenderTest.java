package org.thaw.integration.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One message per recipient, nothing but the sentence and the link, and failures that say no address. */
class MailSenderTest {

    private GreenMail smtp;

    @BeforeEach
    void start() {
        smtp = new GreenMail(ServerSetup.SMTP.createCopy("127.0.0.1").dynamicPort());
        smtp.start();
    }

    @AfterEach
    void stop() {
        smtp.stop();
    }

    private MailSettings settings(int port) {
        return MailSettings.from(name -> Optional.ofNullable(Map.of(
                        "thaw.smtp.host",
                        "127.0.0.1",
                        "thaw.smtp.port",
                        String.valueOf(port),
                        "thaw.base.url",
                        "https://thaw.example.org")
                .get(name)));
    }

    @Test
    void eachRecipientGetsAMessageOfTheirOwnWithTheLinkOnly() throws Exception {
        int sent = MailSender.send(
                settings(smtp.getSmtp().getPort()),
                List.of("dr.rivera@thaw.example", "dr.okafor@thaw.example", "dr.rivera@thaw.example"),
                "clinician");
        assertEquals(2, sent);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(2, received.length);
        for (MimeMessage m : received) {
            assertEquals(1, m.getAllRecipients().length, "no one sees who else was told");
            assertEquals("You have a new secure message in Thaw", m.getSubject());
            assertEquals("Thaw <no-reply@localhost>", m.getFrom()[0].toString());
            assertTrue(m.isMimeType("text/plain"), m.getContentType());
            assertEquals(
                    NotificationMail.body("https://thaw.example.org/clinician/inbox.xhtml")
                            .strip(),
                    ((String) m.getContent()).replace("\r\n", "\n").strip());
            assertEquals("auto-generated", m.getHeader("Auto-Submitted", null));
        }
    }

    @Test
    void aSpanishRecipientGetsTheNotificationInSpanish() throws Exception {
        int sent = MailSender.send(settings(smtp.getSmtp().getPort()), List.of("devon@thaw.example"), "portal", "es");
        assertEquals(1, sent);
        MimeMessage m = smtp.getReceivedMessages()[0];
        assertEquals("Tiene un mensaje seguro nuevo en Thaw", m.getSubject());
        String body = ((String) m.getContent()).replace("\r\n", "\n");
        assertTrue(body.contains("Inicie sesión para leerlo: https://thaw.example.org/portal/messages.xhtml"), body);
        assertTrue(body.contains("No responda a este correo"), body);
    }

    @Test
    void anUnreachableServerFailsWithoutNamingAnyone() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        MailSender.NotSent e = assertThrows(
                MailSender.NotSent.class,
                () -> MailSender.send(settings(closed), List.of("alex@thaw.example"), "portal"));
        assertTrue(e.getMessage().startsWith("1 of 1 notification(s) not sent: "), e.getMessage());
        assertFalse(e.getMessage().contains("alex"), e.getMessage());
    }

    @Test
    void aRefusedAddressIsCountedAndTheOthersStillGo() throws Exception {
        MailSender.NotSent e = assertThrows(
                MailSender.NotSent.class,
                () -> MailSender.send(
                        settings(smtp.getSmtp().getPort()),
                        List.of("not an address <<", "alex@thaw.example"),
                        "portal"));
        assertTrue(e.getMessage().startsWith("1 of 2 notification(s) not sent"), e.getMessage());
        assertFalse(e.getMessage().contains("address <<"), e.getMessage());
        assertEquals(1, smtp.getReceivedMessages().length);
        assertTrue(((String) smtp.getReceivedMessages()[0].getContent()).contains("/portal/messages.xhtml"));
    }

    @Test
    void theObserverNeverThrows() {
        MessageMailer.send(settings(1), List.of("alex@thaw.example"), "portal");
        MessageMailer.send(settings(smtp.getSmtp().getPort()), List.of("alex@thaw.example"), "unknown-app");
        assertEquals(0, smtp.getReceivedMessages().length);
    }
}
