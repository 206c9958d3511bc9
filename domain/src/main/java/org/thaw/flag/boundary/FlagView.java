package org.thaw.flag.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.flag.entity.Flag;
import org.thaw.flag.entity.FlagEvidence;
import org.thaw.flag.entity.FlagStatus;
import org.thaw.flag.entity.FlagType;
import org.thaw.flag.entity.Severity;

/**
 * A flag as the chart, the dashboard and the REST API show it, with its evidence. {@code
 * reopenedAt}: when new evidence (a new safety answer) set it back from acknowledged to open, or
 * null.
 */
public record FlagView(
        UUID id,
        UUID patientId,
        FlagType type,
        String label,
        Severity severity,
        FlagStatus status,
        Instant openedAt,
        Instant lastEvidenceAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        Instant resolvedAt,
        String resolvedBy,
        String resolutionNote,
        Instant reopenedAt,
        List<EvidenceView> evidence) {

    /** One piece of evidence: the sentence, the window and the records behind it. */
    public record EvidenceView(Instant recordedAt, String summary, LocalDate windowStart, LocalDate windowEnd, List<UUID> refs) {

        static EvidenceView of(FlagEvidence e) {
            return new EvidenceView(e.recordedAt(), e.summary(), e.windowStart(), e.windowEnd(), e.refs());
        }
    }

    static FlagView of(Flag f) {
        return new FlagView(f.id(), f.patientId(), f.type(), f.type().label(), f.severity(), f.status(), f.openedAt(),
                f.lastEvidenceAt(), f.acknowledgedAt(), f.acknowledgedBy(), f.resolvedAt(), f.resolvedBy(),
                f.resolutionNote(), f.reopenedAt(), f.evidence().stream().map(EvidenceView::of).toList());
    }
}
