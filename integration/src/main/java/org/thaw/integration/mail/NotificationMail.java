package org.thaw.integration.mail;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one e-mail Thaw sends about messages. It is built from the link alone: it cannot say who
 * wrote, about what, or anything of anyone's health, since e-mail is not a secure channel. The
 * reader signs in to read the message.
 */
public final class NotificationMail {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The English subject. */
    public static final String SUBJECT = subject("en");

    private NotificationMail() {}

    /** The subject in {@code language} ("en", "es"; English for any other). */
    public static String subject(String language) {
        return words(language).getString("subject");
    }

    /** The plain-text body in English: the sentence, the link to sign in, and not to reply. */
    public static String body(String messagesPage) {
        return body(messagesPage, "en");
    }

    /** The plain-text body in {@code language}. */
    public static String body(String messagesPage, String language) {
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        return new MessageFormat(words(language).getString("body"), locale).format(new Object[] {messagesPage});
    }

    private static ResourceBundle words(String language) {
        return ResourceBundle.getBundle(
                NotificationMail.class.getName(),
                Locale.forLanguageTag(language == null ? "en" : language),
                NotificationMail.class.getClassLoader(),
                NO_FALLBACK);
    }
}
