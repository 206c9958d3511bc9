package org.thaw.flag.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Why a rule fired: a short sentence a clinician reads at a glance, the window it looked at, and
 * the records behind it (journal entries, responses, course ids).
 */
public record Evidence(String summary, LocalDate windowStart, LocalDate windowEnd, List<UUID> refs) {

    public Evidence {
        refs = List.copyOf(refs);
    }
}
