package org.thaw.message.boundary;

import java.util.List;

/**
 * Fired when a message was stored, observed after the transaction commits to send e-mail. It
 * carries only where to write and which app to link to: never a name, a subject or message text,
 * so no health information can reach a notification.
 *
 * @param app "portal" or "clinician": the app whose inbox the e-mail links to
 */
public record MessageNotification(List<String> recipients, String app) {

    public MessageNotification {
        recipients = List.copyOf(recipients);
    }
}
