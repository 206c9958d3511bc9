package org.thaw.security.boundary;

/**
 * Input that breaks a rule Bean Validation cannot express (e.g. a date outside the allowed
 * window). Names the field and says what is allowed; answered as 400, nothing saved.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
