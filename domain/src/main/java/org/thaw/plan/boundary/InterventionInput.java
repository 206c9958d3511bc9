package org.thaw.plan.boundary;

/**
 * One intervention as a clinician writes it: a catalogue {@code code} (lower_snake, e.g. {@code
 * cbt}; {@code other} needs {@code text}), an optional free {@code text} describing it, and how
 * often ({@code frequency}, free text such as "weekly").
 */
public record InterventionInput(String code, String text, String frequency) {}
