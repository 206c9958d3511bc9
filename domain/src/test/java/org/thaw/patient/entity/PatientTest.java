package org.thaw.patient.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The zone a patient's days are counted in. */
class PatientTest {

    private static final ZoneId PRACTICE = ZoneId.of("Europe/Oslo");

    private final Patient anna = new Patient("anna", "Anna", "Ahlberg", null, Instant.EPOCH);

    @Test
    void aPatientWhoChoseAZoneHasTheirOwn() {
        anna.moveTo(ZoneId.of("America/Halifax"));

        assertEquals(ZoneId.of("America/Halifax"), anna.zone(() -> PRACTICE));
    }

    @Test
    void thePracticeZoneIsNotReadForAPatientWithAZoneOfTheirOwn() {
        anna.moveTo(ZoneId.of("America/Halifax"));

        assertEquals(ZoneId.of("America/Halifax"), anna.zone(() -> {
            throw new AssertionError("the practice's zone was read");
        }));
    }

    @Test
    void aBareOffsetIsRefusedBecauseTheDatabaseReadsItsSignTheOtherWay() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> anna.moveTo(ZoneOffset.ofHours(2)));
        assertEquals(PRACTICE, anna.zone(() -> PRACTICE));
    }

    @Test
    void aPatientWithoutAZoneHasThePracticeZone() {
        assertEquals(PRACTICE, anna.zone(() -> PRACTICE));
    }

    @Test
    void aBlankStoredZoneFallsBackToThePracticeZone() throws Exception {
        storedZone("   ");

        assertEquals(PRACTICE, anna.zone(() -> PRACTICE));
    }

    @Test
    void anUnknownStoredZoneFallsBackToThePracticeZone() throws Exception {
        storedZone("Mars/Olympus_Mons");

        assertEquals(PRACTICE, anna.zone(() -> PRACTICE));
    }

    @Test
    void aMalformedStoredZoneFallsBackToThePracticeZone() throws Exception {
        storedZone("+25:00");

        assertEquals(PRACTICE, anna.zone(() -> PRACTICE));
    }

    @Test
    void aStoredOffsetIsAValidZone() throws Exception {
        storedZone("+02:00");

        assertEquals(ZoneId.of("+02:00"), anna.zone(() -> PRACTICE));
    }

    @Test
    void theDisplayNameIsFirstThenLastName() {
        assertEquals("Anna Ahlberg", anna.displayName());
    }

    /** The column is free text (older rows, manual fixes): set it as the database would. */
    private void storedZone(String value) throws ReflectiveOperationException {
        Field timeZone = Patient.class.getDeclaredField("timeZone");
        timeZone.setAccessible(true);
        timeZone.set(anna, value);
    }
}
