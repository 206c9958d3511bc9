package org.thaw.screener.boundary;

import java.time.LocalDate;
import org.thaw.screener.control.DueScreeners;

/** One instrument a patient should answer now, why and since when. */
public record DueScreener(String instrument, String title, DueScreeners.Reason reason, LocalDate since) {}
