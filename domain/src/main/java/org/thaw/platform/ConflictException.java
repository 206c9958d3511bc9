package org.thaw.platform;

/**
 * Input that is well formed but collides with a record that is not the caller's to change (a day
 * the patient wrote themselves, when a clinician types in a paper diary): refused naming the field,
 * like any {@link InvalidInputException}, so pages show it beside that field; the REST APIs answer
 * it 409 instead of 400.
 */
public class ConflictException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String message) {
        super(field, message);
    }
}
