package org.thaw.portal.message;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.thaw.integration.view.MessageDraft;
import org.thaw.integration.view.MessagePages;
import org.thaw.integration.view.Paging;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.Times;
import org.thaw.message.boundary.Drafts;
import org.thaw.message.boundary.MessageText;
import org.thaw.message.boundary.MyMessages;
import org.thaw.message.boundary.Sent;
import org.thaw.message.boundary.ThreadSummary;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The patient's messages: their threads with the care team, newest activity first, a page at a
 * time, and a form to start a new one. A sent message opens its thread (where an after-hours
 * reply shows at once); a refused one stays in the box with the reason beside the field.
 */
@Named
@ViewScoped
public class MessagesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;
    private static final String FORM = "compose";
    /** After a refusal of a message: what the patient wrote stays in the box. */
    /** What follows a refusal when something was typed: ". Your text is kept." */
    static String kept() {
        return Texts.get("messages.kept");
    }

    @Inject
    MyMessages messages;

    @Inject
    MyRecord myRecord;

    @Inject
    PracticeTime practiceTime;

    @Inject
    Clock clock;

    private boolean hasRecord;
    private ZoneId zone;
    private Paging<ThreadSummary> threads;
    private final MessageDraft draft = new MessageDraft();

    @PostConstruct
    void load() {
        threads = new Paging<>(PAGE_SIZE, messages::threads);
        try {
            zone = practiceTime.zone(myRecord.me().timeZone());
            hasRecord = true;
            threads.show(0);
        } catch (RecordNotFoundException noRecord) {
            hasRecord = false;
        }
    }

    /** Starts a thread; on success the thread opens (a second send of the same draft is the same thread). */
    public String send() {
        try {
            Sent sent = messages.start(draft.getSubject(), draft.text(), draft.getKey());
            draft.sent();
            MessagePages.info(sent.autoReplied() ? Texts.get("messages.sent.afterHours") : Texts.get("messages.sent"));
            MessagePages.keepMessages();
            return "thread?faces-redirect=true&id=" + sent.threadId();
        } catch (InvalidInputException refused) {
            MessagePages.refused(refused, field -> component(FORM, field), draft.typed() ? kept() : ".");
            return null;
        }
    }

    /** A message form's subject and body fields ({@code subject}, {@code message-body}), where their refusals show. */
    static String component(String form, String field) {
        return switch (field) {
            case "subject" -> form + ":subject";
            case "body" -> form + ":message-body";
            default -> null;
        };
    }

    public String time(Instant instant) {
        return Times.relative(instant, zone, clock);
    }

    public boolean isHasRecord() {
        return hasRecord;
    }

    /** "3 unread messages", for the title of a thread's count. */
    public String unreadTitle(long count) {
        return Texts.get("messages.unreadTitle", count);
    }

    /** The threads on show, a page at a time ("Page 2 of 3"). */
    public Paging<ThreadSummary> getThreads() {
        return threads;
    }

    public MessageDraft getDraft() {
        return draft;
    }

    public int getMaxSubject() {
        return Drafts.MAX_SUBJECT;
    }

    public int getMaxBody() {
        return MessageText.MAX_LENGTH;
    }
}
