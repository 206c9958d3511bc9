package org.thaw.screener.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.thaw.screener.boundary.Source;

/**
 * One screener result as stored: the instrument code and version answered, the raw answers, and
 * the total and band computed at the time, so a later definition never rewrites history. A result
 * a clinician recorded from elsewhere has no version and no answers.
 *
 * @param administeredOn the patient's local day of the response, or the date a clinician gave
 * @param band the band's code at the time, or null (no bands, or an instrument Thaw does not know)
 * @param language the language version answered ("en", "es"; see {@code InstrumentLanguages})
 */
public record ScreenerResponse(
        UUID id,
        UUID patientId,
        String instrument,
        String version,
        Source source,
        Map<String, Object> answers,
        int total,
        String band,
        boolean safetyPositive,
        LocalDate administeredOn,
        Instant submittedAt,
        String enteredBy,
        String language) {

    public ScreenerResponse {
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        language = language == null ? "en" : language;
    }

    /** A response to the English version. */
    public ScreenerResponse(
            UUID id,
            UUID patientId,
            String instrument,
            String version,
            Source source,
            Map<String, Object> answers,
            int total,
            String band,
            boolean safetyPositive,
            LocalDate administeredOn,
            Instant submittedAt,
            String enteredBy) {
        this(
                id,
                patientId,
                instrument,
                version,
                source,
                answers,
                total,
                band,
                safetyPositive,
                administeredOn,
                submittedAt,
                enteredBy,
                "en");
    }

    /** The score answer of a scored item, or null when it was not answered. */
    public Integer score(String linkId) {
        return answers.get(linkId) instanceof Number n ? n.intValue() : null;
    }
}
