package org.thaw.patient.boundary;

import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;

/**
 * Narrows a caseload to patients with a flag of a type and/or status, and/or to patients whose
 * treatment plan's review day has come ({@code reviewDue}: on or before today in the patient's
 * zone). Without a status the flags shown are the active ones (open or acknowledged).
 */
public record CaseloadFilter(FlagType flagType, FlagStatus status, boolean reviewDue) {

    public static final CaseloadFilter NONE = new CaseloadFilter(null, null, false);

    /** Patients whose plan review has come. */
    public static final CaseloadFilter REVIEW_DUE = new CaseloadFilter(null, null, true);

    /** A flag filter alone. */
    public CaseloadFilter(FlagType flagType, FlagStatus status) {
        this(flagType, status, false);
    }

    /** Whether the filter narrows by a flag. */
    public boolean narrows() {
        return flagType != null || status != null;
    }
}
