package org.thaw.screener.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import org.thaw.flag.control.FlagEngine;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * Stores a scored response and runs the screener rules in one transaction, so a response and the
 * flags it raises commit together (the SAFETY flag has been committed before, on its own).
 */
@ApplicationScoped
@Transactional
class ResponseWriter {

    @Inject
    ScreenerStore store;

    @Inject
    FlagEngine flags;

    /** False when the patient's key was used a moment ago by the same submission: nothing is written. */
    boolean store(ScreenerResponse response, String idempotencyKey, ZoneId zone) {
        if (!store.insert(response, idempotencyKey)) {
            return false;
        }
        flags.screenerAnswered(response, zone);
        return true;
    }
}
