package org.thaw.security.boundary;

/**
 * The record does not exist or is not the caller's to see. Both cases look the same to the
 * caller (HTTP 404), so existence of other people's records does not leak.
 */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordNotFoundException(String recordType) {
        super("No such " + recordType);
    }
}
