package org.thaw.flag.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceSource;

/** One piece of evidence on a flag. Never changed once written. */
@Entity
@Table(name = "flag_evidence")
public class FlagEvidence {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "flag_id", nullable = false, updatable = false)
    private Flag flag;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, updatable = false)
    private String summary;

    @Column(name = "window_start", updatable = false)
    private LocalDate windowStart;

    @Column(name = "window_end", updatable = false)
    private LocalDate windowEnd;

    /** Which family of rules found it; null for the daily disengagement check. */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private EvidenceSource source;

    /** The sentence as a bundle key (null for rows written without one: the summary stands in). */
    @Column(name = "message_key", updatable = false)
    private String messageKey;

    /** The key's arguments, a JSON array ({@link EvidenceMessage#argsJson}). */
    @Column(name = "message_args", updatable = false)
    private String messageArgs;

    /** Ids of the records behind it, comma-separated. */
    @Column(nullable = false, updatable = false)
    private String refs;

    protected FlagEvidence() {
        // for JPA
    }

    FlagEvidence(Flag flag, Instant recordedAt, Evidence evidence) {
        this.id = UUID.randomUUID();
        this.flag = flag;
        this.recordedAt = recordedAt;
        this.summary = evidence.summary();
        this.windowStart = evidence.windowStart();
        this.windowEnd = evidence.windowEnd();
        this.refs = refsOf(evidence.refs());
        this.source = evidence.source();
        EvidenceMessage message = evidence.message();
        if (message != null) {
            String args = message.argsJson();
            if (args.length() <= EvidenceMessage.ARGS_MAX) {
                this.messageKey = message.key();
                this.messageArgs = args;
            }
        }
    }

    /** How the refs column writes a list of ids. */
    public static String refsOf(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    boolean sameAs(Evidence other) {
        return summary.equals(other.summary()) && refs().equals(other.refs());
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String summary() {
        return summary;
    }

    public LocalDate windowStart() {
        return windowStart;
    }

    public LocalDate windowEnd() {
        return windowEnd;
    }

    /** The sentence as a bundle key and its arguments; empty for a row that has only its summary. */
    public Optional<EvidenceMessage> message() {
        return EvidenceMessage.stored(messageKey, messageArgs);
    }

    public EvidenceSource source() {
        return source;
    }

    public List<UUID> refs() {
        return refs == null || refs.isEmpty()
                ? List.of()
                : Arrays.stream(refs.split(",")).map(UUID::fromString).toList();
    }
}
