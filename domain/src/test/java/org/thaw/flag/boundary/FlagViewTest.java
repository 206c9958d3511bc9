package org.thaw.flag.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.thaw.flag.entity.Evidence;
import org.thaw.flag.entity.Flag;

/** A flag is named by what fired it (docs/clinical-rules.md, "Flag labels"). */
class FlagViewTest {

    private static final Instant T0 = Instant.parse("2025-03-23T20:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2025, 3, 23);
    private static final Evidence PHQ9 = new Evidence(
                    "PHQ-9 difficulty: “Very difficult”, 23 March 2025", DAY, DAY, List.of(UUID.randomUUID()))
            .from(EvidenceSource.SCREENER);
    private static final Evidence JOURNAL = new Evidence(
                    "numbness ≥ 6 got in the way of daily life very or extremely on 3 days, 17–23 March",
                    DAY.minusDays(6),
                    DAY,
                    List.of(UUID.randomUUID()))
            .from(EvidenceSource.JOURNAL);

    private static Flag impact(Evidence first) {
        return Flag.open(UUID.randomUUID(), FlagType.FUNCTIONAL_IMPACT, Severity.HIGH, T0, first);
    }

    @Test
    void functionalImpactFromThePhq9DifficultyAloneIsNotCalledNumbness() {
        FlagView view = FlagView.of(impact(PHQ9));

        assertEquals("Daily life affected (PHQ-9 difficulty)", view.label());
        assertEquals(EvidenceSource.SCREENER, view.evidence().get(0).source());
    }

    @Test
    void functionalImpactFromTheJournalIsNumbnessAffectingDailyLife() {
        assertEquals(
                "Numbness affecting daily life", FlagView.of(impact(JOURNAL)).label());
    }

    @Test
    void journalEvidenceJoiningAPhq9FlagNamesItByTheJournal() {
        Flag flag = impact(PHQ9);
        flag.addEvidence(JOURNAL, T0.plusSeconds(3600));

        assertEquals("Numbness affecting daily life", FlagView.of(flag).label());
    }

    @Test
    void typesThatOnlyOneFamilyRaisesKeepTheirOneLabel() {
        Flag numbness = Flag.open(UUID.randomUUID(), FlagType.PERSISTENT_NUMBNESS, Severity.HIGH, T0, JOURNAL);
        Flag disengaged = Flag.open(
                UUID.randomUUID(),
                FlagType.DISENGAGED,
                Severity.LOW,
                T0,
                new Evidence("no check-ins on 7 days", DAY.minusDays(6), DAY, List.of()));

        assertEquals("Persistent numbness", FlagView.of(numbness).label());
        assertEquals("No check-ins", FlagView.of(disengaged).label());
        assertNull(FlagView.of(disengaged).evidence().get(0).source(), "the daily check is neither family");
    }

    @Test
    void theTypeAsAWholeHasANeutralName() {
        // filters and settings name the type, whatever raised each flag of it
        assertEquals("Daily life affected", FlagType.FUNCTIONAL_IMPACT.label());
        assertEquals("Numbness affecting daily life", FlagType.FUNCTIONAL_IMPACT.label(true));
        assertEquals("Daily life affected (PHQ-9 difficulty)", FlagType.FUNCTIONAL_IMPACT.label(false));
        assertEquals("Hopelessness", FlagType.HOPELESSNESS.label(false));
        assertEquals("Hopelessness", FlagType.HOPELESSNESS.label(true));
    }
}
