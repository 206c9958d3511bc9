package org.thaw.patient.boundary;

import java.io.Serializable;

/** A clinician as a pick list offers them: username and name. */
public record ClinicianChoice(String username, String name) implements Serializable {}
