package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The mail settings the launcher hands to the wars. */
class SettingsTest {

    private static Settings with(Map<String, String> env) {
        return new Settings(
                        Path.of("data"),
                        Path.of("runtime"),
                        "26",
                        8080,
                        8180,
                        5433,
                        Optional.empty(),
                        Optional.empty(),
                        "512m",
                        Map.of())
                .withEnv(env);
    }

    @Test
    void withoutAnSmtpHostNothingIsPassedAndMailIsOff() {
        assertTrue(with(Map.of("THAW_SMTP_PORT", "2525", "THAW_SMTP_FROM", "x@example.org"))
                .smtp()
                .isEmpty());
    }

    @Test
    void theSmtpVariablesBecomeTheWarsSettings() {
        Map<String, String> smtp = with(Map.of(
                        "THAW_SMTP_HOST",
                        "smtp.example.org",
                        "THAW_SMTP_PORT",
                        "587",
                        "THAW_SMTP_USER",
                        "thaw",
                        "THAW_SMTP_PASSWORD",
                        "s3cret",
                        "THAW_SMTP_STARTTLS",
                        "true"))
                .smtp();
        assertEquals(
                Map.of(
                        "thaw.smtp.host",
                        "smtp.example.org",
                        "thaw.smtp.port",
                        "587",
                        "thaw.smtp.user",
                        "thaw",
                        "thaw.smtp.password",
                        "s3cret",
                        "thaw.smtp.starttls",
                        "true"),
                smtp);
    }

    @Test
    void aPortThatIsNoPortIsRefusedByTheLauncher() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> with(Map.of(
                        "THAW_SMTP_HOST", "smtp.example.org", "THAW_SMTP_PORT", "smtp"))
                .smtp());
        assertTrue(e.getMessage().startsWith("THAW_SMTP_PORT"), e.getMessage());
    }

    @Test
    void linksPointAtTheBaseUrlOrTheLocalPort() {
        assertEquals("http://localhost:8080", with(Map.of()).publicUrl());
        assertEquals(
                "https://thaw.example.org",
                with(Map.of("THAW_BASE_URL", "https://thaw.example.org/")).publicUrl());
    }
}
