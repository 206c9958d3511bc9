package org.thaw.flag.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.DisengagementCheck;

/**
 * The flag checks that no new fact triggers, run by a timer of the clinician app. Several app
 * instances may run it; a database lock lets one do the work each time.
 */
@ApplicationScoped
@Transactional
public class DailyChecks {

    @Inject
    DisengagementCheck disengagement;

    /** Opens DISENGAGED flags; returns how many, or -1 when another instance was running it. */
    @Audited(action = AuditAction.CREATE, recordType = "flag")
    public int run() {
        return disengagement.run();
    }
}
