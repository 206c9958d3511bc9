package org.thaw.screener.boundary;

import java.util.UUID;

/**
 * What a patient's submission answers at once. When a safety item was answered above "Not at all",
 * {@code crisisResources} holds the practice's crisis text, to be shown before anything else.
 */
public record Submitted(
        UUID id,
        String instrument,
        String title,
        String version,
        int total,
        String band,
        String bandLabel,
        boolean safetyPositive,
        String crisisResources) {}
