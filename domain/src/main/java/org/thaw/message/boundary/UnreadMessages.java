package org.thaw.message.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * The caller's unread count, whoever they are: a patient's over their own threads, a clinician's
 * over their care team's, 0 for anyone else (an admin without a clinical role, a patient whose
 * record is not set up yet). What the navigation badge of both apps shows.
 */
@ApplicationScoped
public class UnreadMessages {

    @Inject
    Caller caller;

    @Inject
    MyMessages patient;

    @Inject
    TeamMessages team;

    public long forCaller() {
        if (!caller.isIdentified()) {
            return 0;
        }
        if (caller.has(Role.PATIENT)) {
            try {
                return patient.unread();
            } catch (RecordNotFoundException noRecord) {
                return 0;
            }
        }
        return caller.has(Role.CLINICIAN) ? team.unread() : 0;
    }
}
