package org.thaw.integration.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.InvalidInputException.FieldError;

/**
 * How a page shows refused input, the one way: a message per refused field, beside the field's
 * component where the page has one (else at the top), and the request marked as failed validation
 * so the page keeps what the person typed.
 *
 * <pre>
 * } catch (InvalidInputException refused) {
 *     Refusals.show(refused, field -> "journal:" + field, JournalBacking::label);
 * }
 * </pre>
 */
public final class Refusals {

    private Refusals() {}

    /**
     * @param componentOf the client id of a field's component, or null to show its message at the top
     * @param labelOf the words a reader knows the field by ("Sleep"), put before the message
     */
    public static void show(
            InvalidInputException refused, Function<String, String> componentOf, Function<String, String> labelOf) {
        show(refused, componentOf, labelOf, "");
    }

    /**
     * As {@link #show(InvalidInputException, Function, Function)}, with {@code after} put after each
     * message: "Subject is required, up to 200 characters{@code . Your text is kept.}"
     */
    public static void show(
            InvalidInputException refused,
            Function<String, String> componentOf,
            Function<String, String> labelOf,
            String after) {
        showWorded(
                refused,
                componentOf,
                error -> labelOf.apply(error.field()) + " " + RefusalWords.of(error.message()) + after);
    }

    /** The same, for a page that words a refused field its own way (a question by its number). */
    public static void showWorded(
            InvalidInputException refused, Function<String, String> componentOf, Function<FieldError, String> wording) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldError error : refused.errors()) {
            faces.addMessage(
                    componentOf.apply(error.field()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, wording.apply(error), null));
        }
        faces.validationFailed();
    }
}
