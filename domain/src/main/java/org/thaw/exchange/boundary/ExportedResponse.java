package org.thaw.exchange.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A stored screener result: the instrument code and version answered, the raw answers by item
 * ({@code linkId} to a score, a code or a list of codes; empty for a score a clinician recorded from
 * elsewhere), the total and band as computed when stored.
 *
 * @param recordedByClinician true for a total a clinician recorded from elsewhere (no answers)
 */
public record ExportedResponse(
        UUID id,
        String instrument,
        String version,
        Map<String, Object> answers,
        int total,
        String band,
        LocalDate administeredOn,
        Instant submittedAt,
        boolean recordedByClinician) {}
