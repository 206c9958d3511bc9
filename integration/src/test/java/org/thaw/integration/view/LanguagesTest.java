package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void thePersonsOwnChoiceComesFirst() {
        assertEquals(
                SPANISH,
                Languages.pick(Optional.of("es"), List.of(Locale.ENGLISH).iterator()));
        assertEquals(
                Locale.ENGLISH,
                Languages.pick(Optional.of("en"), List.of(SPANISH).iterator()));
    }

    @Test
    void withoutAChoiceTheFirstBrowserLanguageThawSpeaksIsTaken() {
        assertEquals(
                SPANISH,
                Languages.pick(
                        Optional.empty(),
                        List.of(Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("es-MX"))
                                .iterator()));
        assertEquals(
                SPANISH,
                Languages.pick(
                        Optional.of(""),
                        List.of(Locale.forLanguageTag("es-419")).iterator()));
    }

    @Test
    void otherwiseEnglish() {
        assertEquals(
                Locale.ENGLISH,
                Languages.pick(Optional.empty(), List.of(Locale.FRENCH).iterator()));
        assertEquals(
                Locale.ENGLISH,
                Languages.pick(Optional.empty(), List.<Locale>of().iterator()));
        assertEquals(Locale.ENGLISH, Languages.pick(Optional.of("fr"), null));
    }

    @Test
    void oneDateFormatPerLanguage() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertEquals("3 Dec 2026", Times.day(day, Locale.ENGLISH));
        assertEquals("3 dic 2026", Times.day(day, SPANISH));
        assertEquals("3 sept 2026", Times.day(LocalDate.of(2026, 9, 3), SPANISH));
        Clock noon = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
        assertEquals(
                "Hoy, 09:30", Times.relative(Instant.parse("2026-12-03T09:30:00Z"), ZoneOffset.UTC, noon, SPANISH));
        assertEquals(
                "1 dic 2026, 09:30",
                Times.relative(Instant.parse("2026-12-01T09:30:00Z"), ZoneOffset.UTC, noon, SPANISH));
    }

    @Test
    void pluralsComeFromTheBundle() {
        assertEquals("Tiene 1 mensaje sin leer.", Texts.get(SPANISH, "home.messages.unread", 1));
        assertEquals("1 nuevo", Texts.get(SPANISH, "messages.newCount", 1));
        assertEquals("2 nuevos", Texts.get(SPANISH, "messages.newCount", 2));
        assertEquals("Se guardó su registro de ayer.", Texts.get(SPANISH, "journal.saved", 1));
        assertEquals("Saved your entry for today.", Texts.get(Locale.ENGLISH, "journal.saved", 0));
    }

    @Test
    void textsFollowTheLanguageAndNeverTheServersDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(SPANISH);
            assertEquals("You are signed out", Texts.get(Locale.ENGLISH, "signedOut.title"));
            assertEquals("Ha cerrado la sesión", Texts.get(SPANISH, "signedOut.title"));
            assertEquals("Tiene 3 mensajes sin leer.", Texts.get(SPANISH, "home.messages.unread", 3));
        } finally {
            Locale.setDefault(before);
        }
    }
}
