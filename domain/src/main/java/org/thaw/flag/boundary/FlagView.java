package org.thaw.flag.boundary;

import jakarta.json.bind.annotation.JsonbTransient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.thaw.flag.entity.Flag;
import org.thaw.flag.entity.FlagEvidence;

/**
 * A flag as the chart, the dashboard and the REST API show it, with its evidence. {@code label}
 * names this flag by what its evidence came from ({@link FlagType#label(java.util.Collection)});
 * {@code reopenedAt}: when a new safety answer set it back from acknowledged to open, or null.
 * {@code acknowledgedBy} and {@code resolvedBy} are usernames; {@code acknowledgedByName} and
 * {@code resolvedByName} the clinicians' names as the practice has them (the username when Thaw has
 * no record of that clinician).
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
        String acknowledgedByName,
        Instant resolvedAt,
        String resolvedBy,
        String resolvedByName,
        String resolutionNote,
        Instant reopenedAt,
        List<EvidenceView> evidence) {

    /**
     * Triage order, as a clinician works down a chart: flags still to handle (open, then
     * acknowledged) before resolved ones, the most urgent first, and among equals the one waiting
     * longest first (resolved ones: the latest resolution first).
     */
    public static final Comparator<FlagView> TRIAGE_ORDER = Comparator.comparing(
                    (FlagView f) -> f.status() == FlagStatus.RESOLVED)
            .thenComparing(f -> f.status() != FlagStatus.OPEN)
            .thenComparing(
                    f -> f.status() == FlagStatus.RESOLVED ? null : f.severity(),
                    Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(
                    f -> f.status() == FlagStatus.RESOLVED ? null : f.openedAt(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(
                    f -> f.status() == FlagStatus.RESOLVED ? f.resolvedAt() : null,
                    Comparator.nullsLast(Comparator.reverseOrder()));

    /**
     * One piece of evidence: the sentence, the window, the records behind it and which family of
     * rules found it (null for the daily disengagement check). {@code message}: the sentence for
     * the pages to write in the reader's language, or null for a row with only its English summary
     * (the REST API gives the summary alone).
     */
    public record EvidenceView(
            Instant recordedAt,
            String summary,
            LocalDate windowStart,
            LocalDate windowEnd,
            List<UUID> refs,
            EvidenceSource source,
            @JsonbTransient EvidenceMessage message) {

        public EvidenceView(
                Instant recordedAt,
                String summary,
                LocalDate windowStart,
                LocalDate windowEnd,
                List<UUID> refs,
                EvidenceSource source) {
            this(recordedAt, summary, windowStart, windowEnd, refs, source, null);
        }

        static EvidenceView of(FlagEvidence e) {
            return new EvidenceView(
                    e.recordedAt(),
                    e.summary(),
                    e.windowStart(),
                    e.windowEnd(),
                    e.refs(),
                    e.source(),
                    e.message().orElse(null));
        }
    }

    /** The flag with its people by username only (their names as the usernames). */
    static FlagView of(Flag f) {
        return of(f, Function.identity());
    }

    /** The flag, with who acknowledged and resolved it also by name ({@code names}: username to display name). */
    static FlagView of(Flag f, Function<String, String> names) {
        List<EvidenceView> evidence =
                f.evidence().stream().map(EvidenceView::of).toList();
        String label = f.type()
                .label(evidence.stream()
                        .map(EvidenceView::source)
                        .filter(Objects::nonNull)
                        .toList());
        return new FlagView(
                f.id(),
                f.patientId(),
                f.type(),
                label,
                f.severity(),
                f.status(),
                f.openedAt(),
                f.lastEvidenceAt(),
                f.acknowledgedAt(),
                f.acknowledgedBy(),
                f.acknowledgedBy() == null ? null : names.apply(f.acknowledgedBy()),
                f.resolvedAt(),
                f.resolvedBy(),
                f.resolvedBy() == null ? null : names.apply(f.resolvedBy()),
                f.resolutionNote(),
                f.reopenedAt(),
                evidence);
    }
}
