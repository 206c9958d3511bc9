package org.thaw.patient.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A record is bound to one Keycloak account only, and speaks the language its person chose. */
class AccountAndLanguageTest {

    private final Patient anna = new Patient("anna", "Anna", "Ahlberg", null, Instant.EPOCH);

    @Test
    void aRecordBoundToOneAccountRefusesAnother() {
        anna.bindAccount("kc-1");
        anna.bindAccount("kc-1");

        assertThrows(IllegalStateException.class, () -> anna.bindAccount("kc-2"));
        assertEquals(Optional.of("kc-1"), anna.keycloakUserId());
    }

    @Test
    void aPersonWhoChoseNoLanguageFollowsTheirBrowser() {
        assertTrue(anna.language().isEmpty());

        anna.speak(Language.SPANISH);
        assertEquals(Optional.of(Language.SPANISH), anna.language());

        anna.speak(null);
        assertTrue(anna.language().isEmpty());
    }

    @Test
    void regionalTagsMeanTheirLanguageAndUnknownOnesNothing() {
        assertEquals(Optional.of(Language.SPANISH), Language.ofTag("es-MX"));
        assertEquals(Optional.of(Language.ENGLISH), Language.ofTag("en"));
        assertTrue(Language.ofTag("fr").isEmpty());
        assertTrue(Language.ofTag(" ").isEmpty());
    }
}
