package org.thaw.message.control;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.thaw.message.boundary.AuthorRole;
import org.thaw.message.entity.Message;
import org.thaw.practice.control.OfficeHours;

/**
 * When a patient's message gets the automatic after-hours reply: it arrives outside the practice's
 * office hours (in the practice time zone), and the thread has no automatic reply since a clinician
 * last wrote, so a patient writing several messages one evening is told once.
 */
public final class AfterHours {

    /** The author name of Thaw's own messages. */
    public static final String AUTHOR = "thaw";

    /** The author name of the reply in English; {@link #authorName} gives it in the patient's language. */
    public static final String AUTHOR_NAME = "Thaw (automatic reply)";

    /** The reply's words in each language: {@code WORDS + ".properties"}, {@code WORDS + "_es.properties"}. */
    public static final String WORDS = "org/thaw/message/control/AfterHours";

    private AfterHours() {}

    /**
     * @param earlier the thread's messages before the new one, oldest first
     */
    public static boolean replyNeeded(List<Message> earlier, Instant sentAt, OfficeHours hours, ZoneId zone) {
        if (hours.isOpen(sentAt, zone)) {
            return false;
        }
        for (int i = earlier.size() - 1; i >= 0; i--) {
            AuthorRole role = earlier.get(i).authorRole();
            if (role == AuthorRole.CLINICIAN) {
                return true;
            }
            if (role == AuthorRole.SYSTEM) {
                return false;
            }
        }
        return true;
    }

    /** The reply in English: when the practice reads messages, how soon it answers, and where help is now. */
    public static String text(OfficeHours hours, String responseTime, String crisisResources) {
        return text(hours, responseTime, crisisResources, Locale.ENGLISH);
    }

    /**
     * The reply in {@code locale} (Spanish or English, from {@code AfterHours.properties}): the office
     * hours with the days named in that language, the practice's response time and crisis resources
     * as given (the caller picks the practice's text in the patient's language).
     */
    public static String text(OfficeHours hours, String responseTime, String crisisResources, Locale locale) {
        ResourceBundle words = words(locale);
        String when = hours.describe(locale, words.getString("days.range"), words.getString("days.none"));
        return new MessageFormat(words.getString("reply"), locale)
                .format(new Object[] {when, responseTime, crisisResources});
    }

    /** The reply's author name in {@code locale}: "Thaw (automatic reply)", "Thaw (respuesta automática)". */
    public static String authorName(Locale locale) {
        return words(locale).getString("author");
    }

    private static ResourceBundle words(Locale locale) {
        return ResourceBundle.getBundle(
                AfterHours.class.getName(),
                locale,
                AfterHours.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
