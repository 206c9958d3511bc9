package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
