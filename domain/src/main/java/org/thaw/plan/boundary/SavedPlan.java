package org.thaw.plan.boundary;

/** The plan after a save, and whether the save created it (REST: 201) or revised it (200). */
public record SavedPlan(PlanView plan, boolean created) {}
