package org.thaw.integration.mail;

/**
 * The one e-mail Thaw sends about messages. It is built from the link alone: it cannot say who
 * wrote, about what, or anything of anyone's health, since e-mail is not a secure channel. The
 * reader signs in to read the message.
 */
public final class NotificationMail {

    public static final String SUBJECT = "You have a new secure message in Thaw";

    private NotificationMail() {}

    /** The plain-text body: the sentence, the link to sign in, and not to reply. */
    public static String body(String messagesPage) {
        return SUBJECT + ".\n"
                + "\n"
                + "Sign in to read it: " + messagesPage + "\n"
                + "\n"
                + "Please do not reply to this e-mail: replies are not read.\n";
    }
}
