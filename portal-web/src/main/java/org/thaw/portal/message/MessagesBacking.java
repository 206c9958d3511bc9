package org.thaw.portal.message;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.thaw.integration.view.MessageDraft;
import org.thaw.message.boundary.Drafts;
import org.thaw.message.boundary.MessageText;
import org.thaw.message.boundary.MyMessages;
import org.thaw.message.boundary.Sent;
import org.thaw.message.boundary.ThreadSummary;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.InvalidInputException;
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
    private Page<ThreadSummary> threads;
    private final MessageDraft draft = new MessageDraft();

    @PostConstruct
    void load() {
        try {
            zone = practiceTime.zone(myRecord.me().timeZone());
            hasRecord = true;
            show(0);
        } catch (RecordNotFoundException noRecord) {
            hasRecord = false;
            threads = new Page<>(List.of(), 0, PAGE_SIZE, 0);
        }
    }

    private void show(int page) {
        threads = messages.threads(new PageRequest(Math.max(0, page), PAGE_SIZE));
        if (threads.items().isEmpty() && page > 0) {
            threads = messages.threads(new PageRequest(threads.lastPage(), PAGE_SIZE));
        }
    }

    /** Starts a thread; on success the thread opens (a second send of the same draft is the same thread). */
    public String send() {
        try {
            Sent sent = messages.start(draft.getSubject(), draft.text(), draft.getKey());
            draft.sent();
            MessagePages.info(sent.autoReplied()
                    ? "Your message was sent. It arrived outside office hours: see the automatic reply below."
                    : "Your message was sent. Your care team will reply here.");
            MessagePages.keepMessages();
            return "thread?faces-redirect=true&id=" + sent.threadId();
        } catch (InvalidInputException refused) {
            MessagePages.refused(FORM, refused);
            return null;
        }
    }

    public void older() {
        show(threads.page() + 1);
    }

    public void newer() {
        show(threads.page() - 1);
    }

    public String time(Instant instant) {
        return MessagePages.time(instant, zone, clock);
    }

    public boolean isHasRecord() {
        return hasRecord;
    }

    public List<ThreadSummary> getThreads() {
        return threads.items();
    }

    public boolean isHasOlder() {
        return threads.hasNext();
    }

    public boolean isHasNewer() {
        return threads.hasPrevious();
    }

    public boolean isPaged() {
        return threads.total() > PAGE_SIZE;
    }

    /** "Page 2 of 3". */
    public String getPageLabel() {
        return "Page " + (threads.page() + 1) + " of " + (threads.lastPage() + 1);
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
