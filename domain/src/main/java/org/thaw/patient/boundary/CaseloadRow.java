package org.thaw.patient.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One patient on the dashboard: who, the caller's place on their team, their flags, and the
 * journal at a glance (last entry's date and numbness, mean numbness of the last 7 days and the
 * 7 before; null when there are no entries), the newest PHQ-9's total and band (null: none), and
 * the treatment plan's review day ({@code planReviewOn}, null: no plan) and whether it has come
 * ({@code reviewDue}: on or before today in the patient's zone).
 */
public record CaseloadRow(
        UUID patientId,
        String displayName,
        String firstName,
        String lastName,
        CareTeamRole careTeamRole,
        LocalDate lastEntryDate,
        Integer lastNumbness,
        Double meanNumbness7Days,
        Double meanNumbnessPrevious7Days,
        List<FlagBadge> flags,
        Integer lastPhq9Total,
        String lastPhq9Band,
        LocalDate planReviewOn,
        boolean reviewDue) {

    /**
     * A flag as the dashboard lists it; {@code label} names this flag by what its evidence came from
     * (docs/clinical-rules.md, "Flag labels"); {@code reopenedAt} is when a new safety answer set it
     * back from acknowledged to open (null: never).
     */
    public record FlagBadge(UUID id, String type, String severity, String status, String label, Instant reopenedAt) {}

    public CaseloadRow {
        flags = List.copyOf(flags);
    }

    /**
     * How the 7-day mean moved against the 7 days before: UP (numbness rose by 1 or more), DOWN,
     * FLAT, or null when either week has no entries.
     */
    public String trend() {
        if (meanNumbness7Days == null || meanNumbnessPrevious7Days == null) {
            return null;
        }
        double change = meanNumbness7Days - meanNumbnessPrevious7Days;
        return change >= 1.0 ? "UP" : change <= -1.0 ? "DOWN" : "FLAT";
    }
}
