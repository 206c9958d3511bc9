package org.thaw.message.boundary;

import java.util.List;

/**
 * Fired when a message was stored, observed after the transaction commits to send e-mail. It
 * carries only where to write and which app to link to: never a name, a subject or message text,
 * so no health information can reach a notification.
 *
 * @param app "portal" or "clinician": the app whose inbox the e-mail links to
 * @param language the recipients' language ("en", "es"): one notification per language
 */
public record MessageNotification(List<String> recipients, String app, String language) {

    public MessageNotification {
        recipients = List.copyOf(recipients);
        language = language == null ? "en" : language;
    }

    /** A notification in English. */
    public MessageNotification(List<String> recipients, String app) {
        this(recipients, app, "en");
    }
}
