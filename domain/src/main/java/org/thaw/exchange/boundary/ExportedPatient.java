package org.thaw.exchange.boundary;

import java.time.Instant;
import java.util.UUID;

/** A patient as another system reads them: Thaw's id, their name, when the record was made. */
public record ExportedPatient(UUID id, String firstName, String lastName, Instant createdAt) {}
