package org.thaw.integration.rest;

import java.util.UUID;
import org.thaw.security.boundary.RecordNotFoundException;

/** Reads record ids from paths: a malformed id names no record, so it is "not found", like another team's record. */
public final class Ids {

    private Ids() {}

    /** The id, or {@link RecordNotFoundException} for {@code type} when it is no id at all. */
    public static UUID of(String id, String type) {
        try {
            return UUID.fromString(id == null ? "" : id.trim());
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException(type);
        }
    }
}
