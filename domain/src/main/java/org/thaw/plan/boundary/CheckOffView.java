package org.thaw.plan.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A homework item done on a day ({@code day}, the patient's zone), recorded at {@code checkedAt}. */
public record CheckOffView(UUID homeworkId, LocalDate day, Instant checkedAt) {}
