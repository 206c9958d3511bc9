package org.thaw.flag.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.DisengagementCheck;
import org.thaw.flag.control.NotImprovingCheck;

/**
 * The flag checks that no new fact triggers, run by a timer of the clinician app. Several app
 * instances may run it; a database lock lets one do the work each time.
 */
@ApplicationScoped
@Transactional
public class DailyChecks {

    @Inject
    DisengagementCheck disengagement;

    @Inject
    NotImprovingCheck notImproving;

    /**
     * Opens DISENGAGED flags and NOT_IMPROVING ones (plans with no follow-up PHQ-9 by day 84 too);
     * returns how many flags were opened or added to, or -1 when another instance was running the
     * checks.
     */
    @Audited(action = AuditAction.CREATE, recordType = "flag")
    public int run() {
        int opened = disengagement.run();
        if (opened < 0) {
            return opened;
        }
        return opened + notImproving.run();
    }
}
