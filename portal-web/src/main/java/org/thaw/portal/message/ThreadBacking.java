package org.thaw.portal.message;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.thaw.integration.view.MessageDraft;
import org.thaw.integration.view.MessagePages;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.Times;
import org.thaw.message.boundary.MessageText;
import org.thaw.message.boundary.MessageView;
import org.thaw.message.boundary.MyMessages;
import org.thaw.message.boundary.Sent;
import org.thaw.message.boundary.ThreadView;
import org.thaw.patient.boundary.MyRecord;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * One of the patient's threads ({@code thread.xhtml?id=...}): its messages (opening it marks it
 * read) and the reply box. Another patient's thread, or no thread at all, is the standard "not
 * found" page.
 */
@Named
@ViewScoped
public class ThreadBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "reply";

    @Inject
    MyMessages messages;

    @Inject
    MyRecord myRecord;

    @Inject
    PracticeTime practiceTime;

    @Inject
    Clock clock;

    private String id;
    private UUID threadId;
    private ThreadView view;
    private ZoneId zone;
    private final MessageDraft draft = new MessageDraft();

    /** Loads the thread named by the {@code id} view parameter, or answers 404. */
    public void load() throws IOException {
        try {
            threadId = UUID.fromString(id == null ? "" : id.strip());
            view = messages.thread(threadId);
            zone = practiceTime.zone(myRecord.me().timeZone());
        } catch (IllegalArgumentException | RecordNotFoundException notFound) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such thread");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Replies; on success the box empties and the thread shows the reply (and any automatic answer). */
    public void reply() {
        try {
            Sent sent = messages.reply(threadId, draft.text(), draft.getKey());
            draft.sent();
            view = messages.thread(threadId);
            MessagePages.info(sent.autoReplied() ? Texts.get("thread.sent.afterHours") : Texts.get("thread.sent"));
        } catch (InvalidInputException refused) {
            MessagePages.refused(
                    refused,
                    field -> MessagesBacking.component(FORM, field),
                    draft.typed() ? MessagesBacking.kept() : ".");
        } catch (RecordNotFoundException gone) {
            MessagePages.warnKeeping(Texts.get("thread.gone"));
        }
    }

    public String time(Instant instant) {
        return Times.relative(instant, zone, clock);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSubject() {
        return view == null ? "" : view.summary().subject();
    }

    public List<MessageView> getMessages() {
        return view == null ? List.of() : view.messages();
    }

    public MessageDraft getDraft() {
        return draft;
    }

    public int getMaxBody() {
        return MessageText.MAX_LENGTH;
    }
}
