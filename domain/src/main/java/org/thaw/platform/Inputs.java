package org.thaw.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Checks a boundary's input against its Bean Validation constraints and refuses it, naming every
 * field, as the one {@link InvalidInputException}: boundaries call it first, before anything is
 * read or written.
 *
 * <pre>
 * inputs.check(input);   // JournalInput's @Min/@Max/@Size, or a refusal naming each field
 * </pre>
 */
@ApplicationScoped
public class Inputs {

    @Inject
    Validator validator;

    /** Returns {@code input} if it is valid; a null input is refused naming {@code field}. */
    public <T> T check(String field, T input) {
        if (input == null) {
            throw new InvalidInputException(field, "is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw InvalidInputException.of(violations);
        }
        return input;
    }
}
