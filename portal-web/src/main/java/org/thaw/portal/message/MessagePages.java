package org.thaw.portal.message;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.thaw.integration.view.Times;
import org.thaw.security.boundary.InvalidInputException;

/** What the messages and thread pages share: times in the patient's zone, and refusals in words. */
final class MessagePages {


    private MessagePages() {}

    static String time(Instant instant, ZoneId zone, Clock clock) {
        return Times.relative(instant, zone, clock);
    }

    /**
     * Puts a refusal on its field ("Subject is required, up to 200 characters. Your text is kept.")
     * and marks the request failed, so the page keeps everything typed.
     *
     * @param form the form's id; the subject and body fields are {@code subject} and {@code message-body}
     */
    static void refused(String form, InvalidInputException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String field = refused.field();
        String component = switch (field) {
            case "subject" -> form + ":subject";
            case "body" -> form + ":message-body";
            default -> null;
        };
        String label = switch (field) {
            case "subject" -> "Subject";
            case "body", "idempotencyKey" -> "Message";
            default -> field;
        };
        faces.addMessage(component, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                label + " " + refused.getMessage() + ". Your text is kept.", null));
        faces.validationFailed();
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void warn(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
