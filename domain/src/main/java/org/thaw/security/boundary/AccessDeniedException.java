package org.thaw.security.boundary;

/** The caller's role does not allow this action at all (HTTP 403). */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
