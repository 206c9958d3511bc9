package org.thaw.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The one way Thaw refuses input: each refused field named, with what is allowed, and nothing
 * saved. Rules an annotation can state are Bean Validation constraints on the boundary's input,
 * checked by {@link Inputs#check}, which turns the violations into this; rules
 * no annotation can state (a date outside its window, an unknown code) throw it directly. The REST
 * APIs answer it as one 400 problem naming every field; the pages show each message beside its
 * field.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One refused field: its name (or path, e.g. {@code answers.phq9-3}) and what is allowed. */
    public record FieldError(String field, String message) {
        public FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    private final List<FieldError> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** Several fields refused at once, in the order given (at least one). */
    public InvalidInputException(List<FieldError> errors) {
        super(errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    /** Bean Validation's violations as one refusal, fields in name order; the field is the last node of the path. */
    public static InvalidInputException of(Set<? extends ConstraintViolation<?>> violations) {
        return new InvalidInputException(violations.stream()
                .map(v -> new FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList());
    }

    public static InvalidInputException of(ConstraintViolationException violations) {
        return of(violations.getConstraintViolations());
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** The first refused field (most refusals name one). */
    public String field() {
        return errors.get(0).field();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
