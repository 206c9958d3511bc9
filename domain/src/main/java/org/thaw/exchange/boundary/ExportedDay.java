package org.thaw.exchange.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One journal day's numbness (0–10), on the patient's own day, and when the entry last changed. */
public record ExportedDay(UUID id, LocalDate date, int numbness, Instant updatedAt) {}
