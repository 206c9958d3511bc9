package org.thaw.plan.boundary;

/** A check-off after the patient marked homework done, and whether this call created it (201) or it was there (200). */
public record CheckOff(CheckOffView checkOff, boolean created) {}
