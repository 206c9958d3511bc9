package org.thaw.message.control;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
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

    public static final String AUTHOR_NAME = "Thaw (automatic reply)";

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

    /** The reply: when the practice reads messages, how soon it answers, and where help is now. */
    public static String text(OfficeHours hours, String responseTime, String crisisResources) {
        return "Thank you for your message. It arrived outside our office hours (" + hours.describe()
                + "), so no one is reading it right now. We usually reply " + responseTime + ".\n"
                + "Messages are not watched in real time. If you need help now:\n" + crisisResources;
    }
}
