package org.thaw.integration.security;

/** A bearer token that Thaw does not accept; the message says why, for the server log only. */
public class InvalidTokenException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String message) {
        super(message);
    }

    public InvalidTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
