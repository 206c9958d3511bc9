package org.thaw.screener.boundary;

import java.time.LocalDate;

/** One instrument a patient should answer now, why and since when. */
public record DueScreener(String instrument, String title, Reason reason, LocalDate since) {

    /** Why an instrument is due. */
    public enum Reason {
        INTAKE,
        ASSIGNED,
        FOLLOW_UP
    }
}
