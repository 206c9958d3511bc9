package org.thaw.patient.boundary;

import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;

/**
 * Narrows a caseload to patients with a flag of a type and/or status. Without a status the
 * flags shown are the active ones (open or acknowledged).
 */
public record CaseloadFilter(FlagType flagType, FlagStatus status) {

    public static final CaseloadFilter NONE = new CaseloadFilter(null, null);

    public boolean narrows() {
        return flagType != null || status != null;
    }
}
