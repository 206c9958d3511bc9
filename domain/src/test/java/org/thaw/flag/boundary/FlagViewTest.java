package org.thaw.flag.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FlagViewTest {

    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");

    private static FlagView flag(
            String name, Severity severity, FlagStatus status, int openedDay, Integer resolvedDay) {
        return new FlagView(
                UUID.nameUUIDFromBytes(name.getBytes()),
                UUID.randomUUID(),
                FlagType.PERSISTENT_NUMBNESS,
                name,
                severity,
                status,
                T.plusSeconds(openedDay * 86_400L),
                null,
                null,
                null,
                null,
                resolvedDay == null ? null : T.plusSeconds(resolvedDay * 86_400L),
                null,
                null,
                null,
                null,
                List.of());
    }

    @Test
    void theUrgentSafetyFlagComesFirstWhateverItsAge() {
        FlagView safety = flag("safety", Severity.URGENT, FlagStatus.OPEN, 5, null);
        FlagView olderHigh = flag("older high", Severity.HIGH, FlagStatus.OPEN, 1, null);
        FlagView newerHigh = flag("newer high", Severity.HIGH, FlagStatus.OPEN, 3, null);
        FlagView acknowledgedUrgent = flag("acknowledged urgent", Severity.URGENT, FlagStatus.ACKNOWLEDGED, 0, null);
        FlagView resolvedEarly = flag("resolved early", Severity.URGENT, FlagStatus.RESOLVED, 0, 2);
        FlagView resolvedLate = flag("resolved late", Severity.LOW, FlagStatus.RESOLVED, 0, 4);

        List<String> order = Stream.of(resolvedEarly, newerHigh, resolvedLate, acknowledgedUrgent, olderHigh, safety)
                .sorted(FlagView.TRIAGE_ORDER)
                .map(FlagView::label)
                .toList();

        assertEquals(
                List.of("safety", "older high", "newer high", "acknowledged urgent", "resolved late", "resolved early"),
                order);
    }
}
