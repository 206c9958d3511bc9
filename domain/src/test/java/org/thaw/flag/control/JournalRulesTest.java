package org.thaw.flag.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.entity.Evidence;

/** The journal rules at their edges (docs/clinical-rules.md, "Rules implemented now" and "Lifecycle"). */
class JournalRulesTest {

    private static final FlagThresholds T = FlagThresholds.DEFAULTS;
    private static final LocalDate DAY = LocalDate.of(2025, 3, 23);

    /** An entry {@code back} days before the evaluation day. */
    private static JournalFact entry(int back, int numbness, Boolean hopeless, String impact) {
        LocalDate date = DAY.minusDays(back);
        return new JournalFact(
                UUID.randomUUID(),
                date,
                numbness,
                hopeless,
                impact,
                date.atTime(20, 0).toInstant(ZoneOffset.UTC));
    }

    /** The same entry, written (created) at {@code at}. */
    private static JournalFact writtenOn(JournalFact f, Instant at) {
        return new JournalFact(f.entryId(), f.date(), f.numbness(), f.hopeless(), f.functioningImpact(), at);
    }

    private static List<JournalFact> days(int count, int numbness) {
        List<JournalFact> facts = new ArrayList<>();
        for (int back = 0; back < count; back++) {
            facts.add(entry(back, numbness, null, null));
        }
        return facts;
    }

    private static Optional<Evidence> run(JournalRule rule, List<JournalFact> facts, Instant writtenAfter) {
        return JournalRule.window(facts, DAY, rule.windowDays(T), writtenAfter)
                .flatMap(window -> rule.evaluate(window, DAY.minusDays(rule.windowDays(T) - 1L), DAY, T));
    }

    private static Optional<Evidence> run(JournalRule rule, List<JournalFact> facts) {
        return run(rule, facts, null);
    }

    @Nested
    class PersistentNumbness {

        private final JournalRule rule = new PersistentNumbnessRule();

        @Test
        void nineNumbEntriesAreNotEnough() {
            assertFalse(run(rule, days(9, 8)).isPresent());
        }

        @Test
        void tenNumbEntriesFire() {
            Evidence evidence = run(rule, days(10, 8)).orElseThrow();
            assertEquals("numbness ≥ 6 on 10 of 10 entries, 10–23 March", evidence.summary());
            assertEquals(
                    EvidenceMessage.of(
                            "evidence.persistent",
                            new Count(6),
                            new Count(10),
                            new Count(10),
                            new Day(DAY.minusDays(13)),
                            new Day(DAY)),
                    evidence.message(),
                    "the same sentence for the pages, in the reader's language");
            assertEquals(10, evidence.refs().size());
            assertEquals(DAY.minusDays(13), evidence.windowStart());
        }

        @Test
        void sevenOfTenNumbIsBelowEightyPercent() {
            List<JournalFact> facts = days(7, 7);
            facts.addAll(List.of(entry(7, 2, null, null), entry(8, 2, null, null), entry(9, 2, null, null)));
            assertFalse(run(rule, facts).isPresent());
        }

        @Test
        void eightOfTenNumbIsEightyPercent() {
            List<JournalFact> facts = days(8, 7);
            facts.addAll(List.of(entry(8, 2, null, null), entry(9, 2, null, null)));
            assertEquals(
                    "numbness ≥ 6 on 8 of 10 entries, 10–23 March",
                    run(rule, facts).orElseThrow().summary());
        }

        @Test
        void numbnessFiveIsNotANumbEntrySixIs() {
            assertFalse(run(rule, days(14, 5)).isPresent());
            assertTrue(run(rule, days(14, 6)).isPresent());
        }

        @Test
        void anEntryOnTheFifteenthDayBackIsNotCounted() {
            List<JournalFact> facts = new ArrayList<>();
            for (int back = 5; back <= 14; back++) { // 10 entries, the oldest 14 days back
                facts.add(entry(back, 9, null, null));
            }
            assertFalse(run(rule, facts).isPresent(), "only 9 of them fall in the 14 days ending today");
            facts.add(entry(0, 9, null, null));
            assertTrue(run(rule, facts).isPresent());
        }

        @Test
        void missingDaysAreFineWhileTenEntriesRemain() {
            List<JournalFact> facts = new ArrayList<>();
            for (int back : new int[] {0, 1, 3, 4, 6, 7, 9, 10, 12, 13}) {
                facts.add(entry(back, 7, null, null));
            }
            assertTrue(run(rule, facts).isPresent());
        }

        @Test
        void afterAResolutionOnlyEntriesWrittenAfterItCount() {
            List<JournalFact> facts = days(14, 8);
            Instant resolvedAt = DAY.minusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC);
            assertFalse(
                    run(rule, facts, resolvedAt).isPresent(), "5 new entries, not 10: old evidence does not reopen it");
            Instant longAgo = DAY.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
            assertTrue(run(rule, facts, longAgo).isPresent(), "a window wholly after the resolution reopens it");
        }

        @Test
        void aWindowHoldingEntriesFromBeforeTheResolutionDoesNotFire() {
            // 4 non-numb entries written before the resolution, then 10 numb ones after it: the
            // window holds 14 entries, 10 numb (71 %), not "10 of 10"
            Instant resolvedAt = DAY.minusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC);
            List<JournalFact> facts = new ArrayList<>();
            for (int back = 13; back >= 10; back--) {
                facts.add(writtenOn(entry(back, 2, null, null), resolvedAt.minusSeconds(60)));
            }
            facts.addAll(days(10, 8));

            assertFalse(run(rule, facts, resolvedAt).isPresent());
            assertTrue(run(rule, facts.subList(4, 14), resolvedAt).isPresent(), "the 10 new entries alone do fire");
        }

        @Test
        void paperEntriesWrittenAfterTheResolutionButDatedBeforeItDoNotReopenIt() {
            // resolved 12 days before DAY; 12 numb entries typed in from paper after the
            // resolution (written after it), the oldest two dated before its day
            LocalDate resolvedOn = DAY.minusDays(11);
            Resolution resolved = new Resolution(resolvedOn.atTime(10, 0).toInstant(ZoneOffset.UTC), resolvedOn);
            List<JournalFact> facts = new ArrayList<>();
            for (JournalFact f : days(14, 8)) {
                facts.add(writtenOn(f, DAY.atTime(9, 0).toInstant(ZoneOffset.UTC)));
            }

            assertFalse(
                    JournalRule.window(facts, DAY, rule.windowDays(T), resolved).isPresent(),
                    "entries dated before the resolution's day do not count, however late they were written");
            assertTrue(
                    JournalRule.window(facts, DAY, rule.windowDays(T), Resolution.at(resolved.at()))
                            .isPresent(),
                    "judged by the writing time alone, the same window would be judged");
        }

        @Test
        void anEntryDatedTheDayOfTheResolutionAndWrittenAfterItCounts() {
            LocalDate resolvedOn = DAY.minusDays(9);
            Resolution resolved = new Resolution(resolvedOn.atTime(10, 0).toInstant(ZoneOffset.UTC), resolvedOn);
            List<JournalFact> facts = days(10, 8); // DAY-9 .. DAY, each written at 20:00 of its day

            Evidence evidence = JournalRule.window(facts, DAY, rule.windowDays(T), resolved)
                    .flatMap(window -> rule.evaluate(window, DAY.minusDays(rule.windowDays(T) - 1L), DAY, T))
                    .orElseThrow();
            assertTrue(evidence.summary().startsWith("numbness ≥ 6 on 10 of 10 entries"), evidence.summary());

            facts.add(0, entry(10, 8, null, null)); // the day before the resolution, written that evening
            assertFalse(
                    JournalRule.window(facts, DAY, rule.windowDays(T), resolved).isPresent());
        }

        @Test
        void anEntryWrittenAtTheMomentOfTheResolutionIsNotAfterIt() {
            Instant resolvedAt = DAY.minusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC);
            List<JournalFact> facts = days(10, 8);
            facts.set(9, writtenOn(facts.get(9), resolvedAt));

            assertFalse(run(rule, facts, resolvedAt).isPresent());
            facts.set(9, writtenOn(facts.get(9), resolvedAt.plusMillis(1)));
            assertTrue(run(rule, facts, resolvedAt).isPresent());
        }

        @Test
        void moreThanTenEntriesAllWrittenAfterTheResolutionFire() {
            Instant resolvedAt = DAY.minusDays(20).atStartOfDay().toInstant(ZoneOffset.UTC);

            Evidence evidence = run(rule, days(12, 8), resolvedAt).orElseThrow();

            assertEquals("numbness ≥ 6 on 12 of 12 entries, 10–23 March", evidence.summary());
        }
    }

    @Nested
    class FunctionalImpact {

        private final JournalRule rule = new FunctionalImpactRule();

        @Test
        void twoDaysAreNotEnoughThreeFire() {
            List<JournalFact> facts =
                    new ArrayList<>(List.of(entry(0, 7, null, "VERY"), entry(2, 8, null, "EXTREMELY")));
            assertFalse(run(rule, facts).isPresent());
            facts.add(entry(6, 6, null, "VERY"));
            Evidence evidence = run(rule, facts).orElseThrow();
            assertEquals(
                    "numbness ≥ 6 got in the way of daily life very or extremely on 3 days, 17–23 March",
                    evidence.summary());
            assertEquals(
                    EvidenceMessage.of(
                            "evidence.functional", new Count(6), new Count(3), new Day(DAY.minusDays(6)), new Day(DAY)),
                    evidence.message());
        }

        @Test
        void onlyNumbEntriesWithVeryOrExtremelyCount() {
            List<JournalFact> facts = List.of(
                    entry(0, 5, null, "EXTREMELY"),
                    entry(1, 9, null, "SOMEWHAT"),
                    entry(2, 9, null, null),
                    entry(3, 9, null, "VERY"),
                    entry(4, 9, null, "VERY"));
            assertFalse(run(rule, facts).isPresent());
        }

        @Test
        void theEighthDayBackIsOutsideTheWeek() {
            List<JournalFact> facts =
                    List.of(entry(0, 7, null, "VERY"), entry(1, 7, null, "VERY"), entry(7, 7, null, "VERY"));
            assertFalse(run(rule, facts).isPresent());
        }
    }

    @Nested
    class Hopelessness {

        private final JournalRule rule = new HopelessnessRule();

        @Test
        void threeHopelessDaysInAWeekFire() {
            List<JournalFact> facts = new ArrayList<>(List.of(entry(0, 3, true, null), entry(3, 3, true, null)));
            assertFalse(run(rule, facts).isPresent());
            facts.add(entry(6, 3, true, null));
            Evidence evidence = run(rule, facts).orElseThrow();
            assertEquals("felt hopeless on 3 days, 17–23 March", evidence.summary());
            assertEquals(
                    EvidenceMessage.of("evidence.hopeless", new Count(3), new Day(DAY.minusDays(6)), new Day(DAY)),
                    evidence.message());
        }

        @Test
        void unansweredIsNotHopeless() {
            List<JournalFact> facts = List.of(
                    entry(0, 3, null, null),
                    entry(1, 3, false, null),
                    entry(2, 3, true, null),
                    entry(3, 3, true, null));
            assertFalse(run(rule, facts).isPresent());
        }
    }

    @Test
    void anEditOfYesterdayIsJudgedOnTheWindowEndingYesterday() {
        // the engine evaluates the windows ending on the edited day and on today; the window
        // ending yesterday reaches one day further back
        List<JournalFact> facts = new ArrayList<>();
        for (int back = 1; back <= 14; back++) {
            facts.add(entry(back, 8, null, null));
        }
        JournalRule rule = new PersistentNumbnessRule();
        LocalDate yesterday = DAY.minusDays(1);
        List<JournalFact> window =
                JournalRule.window(facts, yesterday, 14, (Resolution) null).orElseThrow();
        assertEquals(14, window.size());
        assertTrue(rule.evaluate(window, yesterday.minusDays(13), yesterday, T).isPresent());
    }

    @Test
    void windowsAcrossMonthsNameBothMonths() {
        assertEquals("28 February – 13 March", Wording.span(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 13)));
    }
}
