package org.thaw.plan.boundary;

import java.util.List;
import java.util.UUID;

/** A homework item of the current plan with its check-offs, newest day first. */
public record HomeworkView(UUID id, String text, List<CheckOffView> checkOffs) {

    public HomeworkView {
        checkOffs = List.copyOf(checkOffs);
    }
}
