package org.thaw.flag.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceSource;

/**
 * Why a rule fired: a short sentence a clinician reads at a glance, the window it looked at, the
 * records behind it (journal entries, responses, course ids), and which family of rules found it
 * ({@code source}: set by the engine with {@link #from}; null where no rule family applies, as for
 * the daily disengagement check). {@code message} says the same as a bundle key and its arguments, so
 * each reader reads it in their language; the English {@code summary} stays what the REST API and
 * the check for repeated evidence read.
 */
public record Evidence(
        String summary,
        LocalDate windowStart,
        LocalDate windowEnd,
        List<UUID> refs,
        EvidenceSource source,
        EvidenceMessage message) {

    public Evidence {
        refs = List.copyOf(refs);
    }

    public Evidence(
            String summary, LocalDate windowStart, LocalDate windowEnd, List<UUID> refs, EvidenceSource source) {
        this(summary, windowStart, windowEnd, refs, source, null);
    }

    /** Evidence whose source is not (yet) known: rules write this, the engine adds the source. */
    public Evidence(String summary, LocalDate windowStart, LocalDate windowEnd, List<UUID> refs) {
        this(summary, windowStart, windowEnd, refs, null, null);
    }

    /** Evidence whose source is not (yet) known, with its sentence as a message of the bundles. */
    public Evidence(
            EvidenceMessage message, String summary, LocalDate windowStart, LocalDate windowEnd, List<UUID> refs) {
        this(summary, windowStart, windowEnd, refs, null, message);
    }

    /** The same evidence, found by {@code source}'s rules. */
    public Evidence from(EvidenceSource source) {
        return new Evidence(summary, windowStart, windowEnd, refs, source, message);
    }
}
