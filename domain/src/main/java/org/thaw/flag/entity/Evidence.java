package org.thaw.flag.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.flag.boundary.EvidenceSource;

/**
 * Why a rule fired: a short sentence a clinician reads at a glance, the window it looked at, the
 * records behind it (journal entries, responses, course ids), and which family of rules found it
 * ({@code source}: set by the engine with {@link #from}; null where no rule family applies, as for
 * the daily disengagement check).
 */
public record Evidence(
        String summary, LocalDate windowStart, LocalDate windowEnd, List<UUID> refs, EvidenceSource source) {

    public Evidence {
        refs = List.copyOf(refs);
    }

    /** Evidence whose source is not (yet) known: rules write this, the engine adds the source. */
    public Evidence(String summary, LocalDate windowStart, LocalDate windowEnd, List<UUID> refs) {
        this(summary, windowStart, windowEnd, refs, null);
    }

    /** The same evidence, found by {@code source}'s rules. */
    public Evidence from(EvidenceSource source) {
        return new Evidence(summary, windowStart, windowEnd, refs, source);
    }
}
