package org.thaw.clinician.message;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.thaw.integration.view.Times;
import org.thaw.security.boundary.InvalidInputException;

/** What the inbox and thread pages share: times in the practice's zone, and refusals in words. */
final class MessagePages {


    private MessagePages() {}

    static String time(Instant instant, ZoneId zone, Clock clock) {
        return Times.relative(instant, zone, clock);
    }

    /**
     * Puts a refusal on its field ("Subject is required, up to 200 characters.") and marks the
     * request failed, so the form keeps everything typed.
     *
     * @param component the client id of the field, or null for the page as a whole
     */
    static void refused(String component, InvalidInputException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(component, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                label(refused.field()) + " " + refused.getMessage() + ".", null));
        faces.validationFailed();
    }

    /** The words for a refused field, as the form labels it. */
    static String label(String field) {
        return switch (field) {
            case "subject" -> "Subject";
            case "body", "idempotencyKey" -> "Message";
            case "patientId" -> "Patient";
            case "reason" -> "Reason";
            case "title" -> "Task title";
            case "dueOn" -> "Due date";
            case "flagId" -> "Flag";
            case "clinician" -> "Colleague";
            case "messageId" -> "This message";
            default -> field;
        };
    }

    static void error(String component, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(component, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
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
