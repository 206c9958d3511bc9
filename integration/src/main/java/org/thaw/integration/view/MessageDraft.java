package org.thaw.integration.view;

import java.io.Serializable;
import java.util.UUID;

/**
 * One message being written, in either app: the subject (for a new thread), the body, and the key that makes a
 * retried send one message. The key is made once per draft and renewed only after a send went
 * through; the form also carries it in a hidden field, so that sending the same rendered form
 * again (a double click, a retry after a lost answer) names the same key.
 */
public class MessageDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String subject;
    private String body;
    private String key = UUID.randomUUID().toString();

    /** After a send went through: an empty draft with a new key. */
    public void sent() {
        subject = null;
        body = null;
        key = UUID.randomUUID().toString();
    }

    /**
     * The body with the browser's CR LF line ends made LF again, so a text that fitted the box's
     * 10,000 characters is not refused for the line ends the form submission added.
     */
    public String text() {
        return body == null ? null : body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether anything was typed (a subject or a message): only then does a refusal say the text is kept. */
    public boolean typed() {
        return (subject != null && !subject.isBlank()) || (body != null && !body.isBlank());
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getKey() {
        return key;
    }

    /** Takes the key the form was rendered with; anything but a UUID keeps the draft's own. */
    public void setKey(String key) {
        try {
            if (key != null && !key.isBlank()) {
                this.key = UUID.fromString(key.strip()).toString();
            }
        } catch (IllegalArgumentException notAKey) {
            // keep the draft's key
        }
    }
}
