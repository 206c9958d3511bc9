package org.thaw.flag.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;

/** The flag lifecycle: evidence joins, severity moves, only a clinician resolves. */
class FlagTest {

    private static final Instant T0 = Instant.parse("2025-03-23T20:00:00Z");
    private static final Evidence E1 = new Evidence(
            "numbness ≥ 6 on 10 of 10 entries, 10–23 March",
            LocalDate.of(2025, 3, 10),
            LocalDate.of(2025, 3, 23),
            List.of(UUID.randomUUID()));

    private final Flag flag = Flag.open(UUID.randomUUID(), FlagType.PERSISTENT_NUMBNESS, Severity.HIGH, T0, E1);

    @Test
    void aNewFlagIsOpenWithItsFirstEvidence() {
        assertEquals(FlagStatus.OPEN, flag.status());
        assertEquals(1, flag.evidence().size());
        assertTrue(flag.isActive());
    }

    @Test
    void theSameEvidenceAgainIsNotADuplicate() {
        assertFalse(flag.addEvidence(E1, T0.plusSeconds(60)));
        assertEquals(1, flag.evidence().size());
    }

    @Test
    void newEvidenceJoinsTheOpenFlag() {
        Evidence e2 = new Evidence(
                "numbness ≥ 6 on 11 of 11 entries, 11–24 March",
                LocalDate.of(2025, 3, 11),
                LocalDate.of(2025, 3, 24),
                List.of(UUID.randomUUID()));
        assertTrue(flag.addEvidence(e2, T0.plusSeconds(86_400)));
        assertEquals(2, flag.evidence().size());
        assertEquals(T0.plusSeconds(86_400), flag.lastEvidenceAt());
    }

    @Test
    void severityRisesAndSettlesBack() {
        flag.raiseTo(Severity.MEDIUM);
        assertEquals(Severity.HIGH, flag.severity(), "raising never lowers");
        flag.raiseTo(Severity.URGENT);
        assertEquals(Severity.URGENT, flag.severity());
        flag.settle(Severity.HIGH);
        assertEquals(Severity.HIGH, flag.severity(), "de-escalation when the reason for urgency ends");
    }

    @Test
    void acknowledgedThenResolvedWithWhoAndNote() {
        flag.acknowledge("dr.rivera", T0.plusSeconds(10));
        assertEquals(FlagStatus.ACKNOWLEDGED, flag.status());
        flag.resolve("dr.okafor", T0.plusSeconds(20), "Discussed in session; plan adjusted.");
        assertEquals(FlagStatus.RESOLVED, flag.status());
        assertEquals("dr.rivera", flag.acknowledgedBy());
        assertEquals("dr.okafor", flag.resolvedBy());
        assertEquals("Discussed in session; plan adjusted.", flag.resolutionNote());
        assertFalse(flag.isActive());
        assertThrows(IllegalStateException.class, () -> flag.resolve("dr.okafor", T0.plusSeconds(30), "again"));
    }

    @Test
    void aNewAnswerReopensAnAcknowledgedFlagButNotAnOpenOrResolvedOne() {
        assertFalse(flag.reopen(T0.plusSeconds(5)), "an open flag stays as it is");
        assertEquals(null, flag.reopenedAt());

        flag.acknowledge("dr.rivera", T0.plusSeconds(10));
        assertTrue(flag.reopen(T0.plusSeconds(20)));

        assertEquals(FlagStatus.OPEN, flag.status(), "needs acknowledging again");
        assertEquals(T0.plusSeconds(20), flag.reopenedAt());
        assertEquals("dr.rivera", flag.acknowledgedBy(), "who acknowledged before stays on record");
        flag.resolve("dr.rivera", T0.plusSeconds(30), "Risk assessed by phone; safety plan in place.");
        assertFalse(flag.reopen(T0.plusSeconds(40)), "a resolved flag is never reopened");
        assertEquals(FlagStatus.RESOLVED, flag.status());
    }
}
