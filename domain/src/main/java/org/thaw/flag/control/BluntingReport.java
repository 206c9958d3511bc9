package org.thaw.flag.control;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What MEDICATION_ONSET reads of a side-effect report: its id, the course it names (null: "not
 * sure"), the blunting score and the day it was made in the patient's zone.
 */
public record BluntingReport(UUID reportId, UUID courseId, int blunting, LocalDate reportedOn) {}
