package org.thaw.integration.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import org.thaw.security.boundary.InvalidInputException;

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
    public static void show(InvalidInputException refused, Function<String, String> componentOf,
            Function<String, String> labelOf) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (InvalidInputException.FieldError error : refused.errors()) {
            faces.addMessage(componentOf.apply(error.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    labelOf.apply(error.field()) + " " + error.message(), null));
        }
        faces.validationFailed();
    }
}
