package org.thaw.message.boundary;

import java.util.Locale;
import org.thaw.platform.InvalidInputException;

/** What a new thread or message must be; a refusal names the field and says what is allowed. */
public final class Drafts {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_KEY = 100;
    public static final int MAX_REASON = 500;
    public static final int MAX_TASK_TITLE = 200;

    private Drafts() {}

    public static String subject(String subject) {
        String s = subject == null ? "" : subject.strip();
        if (s.isEmpty() || s.length() > MAX_SUBJECT) {
            throw new InvalidInputException("subject", "is required, up to " + MAX_SUBJECT + " characters");
        }
        return s;
    }

    /** The body as written (line breaks kept), at most {@value MessageText#MAX_LENGTH} characters. */
    public static String body(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "is required: write your message");
        }
        if (body.length() > MessageText.MAX_LENGTH) {
            throw new InvalidInputException(
                    "body",
                    String.format(
                            Locale.ENGLISH,
                            "must be at most %,d characters (it has %,d)",
                            MessageText.MAX_LENGTH,
                            body.length()));
        }
        return body.strip();
    }

    /** An optional client key that makes a retried send one message. */
    public static String key(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (key.length() > MAX_KEY) {
            throw new InvalidInputException("idempotencyKey", "must be at most " + MAX_KEY + " characters");
        }
        return key;
    }

    public static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > MAX_REASON) {
            throw new InvalidInputException(
                    "reason", "is required to hide a message, up to " + MAX_REASON + " characters");
        }
        return r;
    }

    public static String taskTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TASK_TITLE) {
            throw new InvalidInputException("title", "is required, up to " + MAX_TASK_TITLE + " characters");
        }
        return t;
    }
}
