package org.thaw.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an audited call names about itself, kept apart per nested call. */
class AuditTest {

    private static final UUID ANNA = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID BERT = UUID.fromString("00000000-0000-4000-8000-00000000000b");

    private final Audit audit = new Audit();

    @Test
    void namingAPatientOutsideAnAuditedCallIsAProgrammingError() {
        assertThrows(IllegalStateException.class, () -> audit.concerns(ANNA));
        assertThrows(IllegalStateException.class, () -> audit.record("journal_entry", 7));
    }

    @Test
    void aCallRecordsThePatientAndRecordItNamed() {
        Audit.Entry entry = audit.begin();

        audit.concerns(ANNA).record("journal_entry", 42);

        assertEquals(ANNA, entry.patientId());
        assertEquals("journal_entry", entry.recordType());
        assertEquals("42", entry.recordId());
    }

    @Test
    void anInnerCallNamesItsOwnPatientWithoutTouchingTheOuterCall() {
        Audit.Entry outer = audit.begin();
        audit.concerns(ANNA).record(ANNA);

        Audit.Entry inner = audit.begin();
        audit.concerns(BERT).record("plan", 3);
        audit.end();

        assertEquals(BERT, inner.patientId());
        assertEquals("plan", inner.recordType());
        assertEquals(ANNA, outer.patientId());
        assertEquals(ANNA.toString(), outer.recordId());
        assertNull(outer.recordType(), "the outer call keeps the annotation's record type");
    }

    @Test
    void afterAnInnerCallEndsNamingGoesToTheOuterCallAgain() {
        Audit.Entry outer = audit.begin();
        audit.begin();
        audit.end();

        audit.concerns(BERT);

        assertEquals(BERT, outer.patientId());
    }

    @Test
    void whenTheLastCallEndsNamingIsRefusedAgain() {
        audit.begin();
        audit.end();

        assertThrows(IllegalStateException.class, () -> audit.concerns(ANNA));
    }

    @Test
    void anInnerCallsActionDoesNotBecomeTheOuterCallsAction() {
        Audit.Entry outer = audit.begin();
        Audit.Entry inner = audit.begin();
        audit.action(AuditAction.CREATE);
        audit.end();

        assertEquals(AuditAction.CREATE, inner.action());
        assertNull(outer.action(), "the outer call keeps the annotation's action");
        assertThrows(NullPointerException.class, () -> audit.action(null));
    }

    @Test
    void aNullPatientIsRefusedAndANullRecordIdClearsIt() {
        Audit.Entry entry = audit.begin();

        assertThrows(NullPointerException.class, () -> audit.concerns(null));
        assertSame(audit, audit.record(5).record(null));
        assertNull(entry.recordId());
        assertNull(entry.patientId());
    }
}
