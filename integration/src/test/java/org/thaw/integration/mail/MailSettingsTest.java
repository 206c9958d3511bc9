package org.thaw.integration.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {

    private static MailSettings of(Map<String, String> values) {
        return MailSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void withoutAHostMailIsOffAndTheDefaultsApply() {
        MailSettings s = of(Map.of("thaw.smtp.host", "  "));
        assertFalse(s.enabled());
        assertEquals(25, s.port());
        assertEquals("Thaw <no-reply@localhost>", s.from());
        assertFalse(s.starttls());
        assertEquals("http://localhost:8080/portal/messages.xhtml", s.messagesPage("portal"));
        assertEquals("http://localhost:8080/clinician/inbox.xhtml", s.messagesPage("clinician"));
    }

    @Test
    void everySettingIsRead() {
        MailSettings s = of(Map.of(
                "thaw.smtp.host",
                "smtp.example.org",
                "thaw.smtp.port",
                "587",
                "thaw.smtp.from",
                "Practice <thaw@example.org>",
                "thaw.smtp.user",
                "thaw",
                "thaw.smtp.password",
                "s3cret",
                "thaw.smtp.starttls",
                "true",
                "thaw.base.url",
                "https://thaw.example.org/"));
        assertTrue(s.enabled());
        assertEquals(587, s.port());
        assertEquals("Practice <thaw@example.org>", s.from());
        assertEquals(Optional.of("thaw"), s.user());
        assertTrue(s.starttls());
        assertEquals("https://thaw.example.org/clinician/inbox.xhtml", s.messagesPage("clinician"));
        assertFalse(s.toString().contains("s3cret"), s.toString());
    }

    @Test
    void aPortThatIsNoPortIsRefusedNamingTheSetting() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> of(Map.of("thaw.smtp.port", "smtp")));
        assertTrue(e.getMessage().contains("thaw.smtp.port"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> of(Map.of("thaw.smtp.port", "70000")));
    }

    @Test
    void anUnknownAppHasNoPage() {
        assertThrows(IllegalArgumentException.class, () -> of(Map.of()).messagesPage("fhir"));
    }
}
