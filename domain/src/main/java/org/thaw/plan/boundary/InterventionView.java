package org.thaw.plan.boundary;

/** An intervention of a plan: its catalogue code and label, the clinician's text and how often. */
public record InterventionView(String code, String label, String text, String frequency) {}
