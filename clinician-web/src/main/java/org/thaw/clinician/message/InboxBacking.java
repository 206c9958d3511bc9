package org.thaw.clinician.message;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.thaw.integration.view.MessageDraft;
import org.thaw.integration.view.MessagePages;
import org.thaw.integration.view.Paging;
import org.thaw.integration.view.Texts;
import org.thaw.integration.view.Times;
import org.thaw.message.boundary.Drafts;
import org.thaw.message.boundary.MessageText;
import org.thaw.message.boundary.Sent;
import org.thaw.message.boundary.TeamMessages;
import org.thaw.message.boundary.ThreadSummary;
import org.thaw.patient.boundary.Caseload;
import org.thaw.platform.InvalidInputException;
import org.thaw.practice.boundary.PracticeTime;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * The care team's inbox ({@code inbox.xhtml}): the threads of the caller's care-team patients,
 * newest activity first, a page at a time, each with the caller's own unread count, its status
 * and to whom it was handed; and a form to write to a patient of the caseload
 * ({@code inbox.xhtml?patient=...} chooses the patient). A sent message opens its thread.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 20;

    /** A patient the form offers: the id as text, and the name. */
    public record Recipient(String id, String name) implements Serializable {}

    @Inject
    TeamMessages messages;

    @Inject
    Caseload caseload;

    @Inject
    Caller caller;

    @Inject
    PracticeTime practiceTime;

    @Inject
    Clock clock;

    private boolean clinician;
    private ZoneId zone;
    private Paging<ThreadSummary> threads;
    private List<Recipient> recipients = List.of();
    private String recipient;
    private final MessageDraft draft = new MessageDraft();

    @PostConstruct
    void load() {
        threads = new Paging<>(PAGE_SIZE, messages::threads);
        clinician = caller.has(Role.CLINICIAN);
        if (clinician) {
            zone = practiceTime.zone();
            threads.show(0);
            recipients = caseload.choices().stream()
                    .map(p -> new Recipient(p.id().toString(), p.name()))
                    .toList();
        }
    }

    /** Writes to the chosen patient; on success the new thread opens. */
    public String send() {
        UUID patientId;
        try {
            patientId = UUID.fromString(recipient == null ? "" : recipient);
        } catch (IllegalArgumentException none) {
            MessagePages.error("compose:patient", Texts.get("inbox.patient.required"));
            return null;
        }
        try {
            Sent sent = messages.start(patientId, draft.getSubject(), draft.text(), draft.getKey());
            draft.sent();
            MessagePages.info(Texts.get("inbox.sent", nameOf(recipient)));
            MessagePages.keepMessages();
            return "thread?faces-redirect=true&id=" + sent.threadId();
        } catch (InvalidInputException refused) {
            MessagePages.refused(
                    refused,
                    field -> switch (field) {
                        case "subject" -> "compose:subject";
                        case "body" -> "compose:message-body";
                        default -> null;
                    },
                    ".");
        } catch (RecordNotFoundException notOnCaseload) {
            MessagePages.error("compose:patient", Texts.get("inbox.patient.gone"));
        }
        return null;
    }

    private String nameOf(String id) {
        return recipients.stream()
                .filter(r -> r.id().equals(id))
                .map(Recipient::name)
                .findFirst()
                .orElse("the patient");
    }

    public String time(Instant instant) {
        return Times.relative(instant, zone, clock);
    }

    /** An admin without a clinical role has no care team, so no inbox; the page says so. */
    public boolean isClinician() {
        return clinician;
    }

    /** The threads on show, a page at a time ("21–40 of 53"). */
    public Paging<ThreadSummary> getThreads() {
        return threads;
    }

    public List<Recipient> getRecipients() {
        return recipients;
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    /** The {@code patient} view parameter: chooses that patient in the form when on the caseload. */
    public String getPatient() {
        return recipient;
    }

    public void setPatient(String patient) {
        if (patient != null && recipients.stream().anyMatch(r -> r.id().equals(patient.strip()))) {
            recipient = patient.strip();
        }
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
