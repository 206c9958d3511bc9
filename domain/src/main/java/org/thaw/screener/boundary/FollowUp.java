package org.thaw.screener.boundary;

/**
 * How often a patient is asked to answer an instrument again, and on whose word: their own
 * schedule ({@code everyDays} 0: no scheduled follow-ups), the practice's interval (a practice
 * setting, for PHQ-9 and GAD-7), or none (the instrument comes only when assigned; 0).
 */
public record FollowUp(String instrument, String title, int everyDays, Basis basis) {

    /** Where the interval in force comes from. */
    public enum Basis {
        PATIENT,
        PRACTICE,
        ASSIGNED_ONLY
    }
}
