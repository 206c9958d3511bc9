package org.thaw.patient.boundary;

import java.io.Serializable;
import java.util.UUID;

/** A patient as a picker offers them: who, by name. Nothing clinical. */
public record PatientChoice(UUID id, String name) implements Serializable {}
