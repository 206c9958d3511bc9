package org.thaw.integration.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Function;
import org.thaw.platform.InvalidInputException;

/**
 * What the message pages of both apps share: a refusal in the words the forms label their fields
 * with, and the notes a page shows after an action.
 */
public final class MessagePages {

    private MessagePages() {}

    /**
     * Puts a refusal on its field ("Subject is required, up to 200 characters.") through {@link
     * Refusals}, so the form keeps everything typed.
     *
     * @param componentOf the client id of a field's component, or null for the page as a whole
     * @param after what follows each message: "." or ". Your text is kept."
     */
    public static void refused(InvalidInputException refused, Function<String, String> componentOf, String after) {
        Refusals.show(refused, componentOf, MessagePages::label, after);
    }

    /** The words for a refused field, as the forms label it. */
    public static String label(String field) {
        return Texts.getOr("messages.field." + field, field);
    }

    /** An error the page finds itself (nothing chosen), beside its field; the form keeps what was typed. */
    public static void error(String component, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(component, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** A warning at the top; the form keeps what was typed. */
    public static void warnKeeping(String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
        faces.validationFailed();
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
