package org.thaw.message.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.message.control.MessageStore;
import org.thaw.message.entity.MessageThread;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * The patient's own messages with their care team: the caller is the patient. Another patient's
 * thread is "not found". Messages a clinician hid are not shown here.
 */
@ApplicationScoped
@Transactional
public class MyMessages {

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    MessageStore store;

    @Inject
    Messaging messaging;

    @Inject
    Audit audit;

    /** The patient's threads, newest activity first, each with its unread count. */
    @Audited(action = AuditAction.LIST, recordType = "message_thread")
    public Page<ThreadSummary> threads(PageRequest request) {
        Patient me = me();
        List<ThreadSummary> items =
                store.patientThreads(me.id(), caller.username(), request.offset(), request.size()).stream()
                        .map(Messaging::summary)
                        .toList();
        return new Page<>(items, request.page(), request.size(), store.countPatientThreads(me.id()));
    }

    /** Unread messages over all the patient's threads (the navigation badge). */
    // Not audited: a count is no health data, and the navigation badge polls it every 30 s.
    public long unread() {
        caller.require(Role.PATIENT);
        Patient me = patients.signedIn(caller).orElseThrow(() -> new RecordNotFoundException("patient"));
        return store.unreadForPatient(me.id(), caller.username());
    }

    /** Opens a thread and marks it read for the patient (not for anyone else). */
    @Audited(action = AuditAction.READ, recordType = "message_thread")
    public ThreadView thread(UUID threadId) {
        Patient me = me();
        MessageThread thread = mine(me, threadId);
        audit.record(thread.id());
        ThreadSummary before = Messaging.summary(
                new MessageStore.Listed(thread, me.displayName(), store.unread(thread.id(), caller.username(), true)));
        List<MessageView> messages = store.messages(thread.id()).stream()
                .filter(m -> !m.hidden())
                .map(m -> MessageView.of(m, caller.username()))
                .toList();
        store.markRead(thread.id(), caller.username(), thread.lastMessageAt());
        return new ThreadView(before, messages);
    }

    /** Writes to the care team; a retried send with the same key is the same thread and message. */
    @Audited(action = AuditAction.CREATE, recordType = "message_thread")
    public Sent start(String subject, String body, String idempotencyKey) {
        Patient me = me();
        Sent sent = messaging.start(
                me.id(),
                Drafts.subject(subject),
                Drafts.body(body),
                Drafts.key(idempotencyKey),
                caller.username(),
                AuthorRole.PATIENT,
                me.displayName());
        audit.record(sent.threadId());
        return sent;
    }

    /** Replies in one of the patient's threads. */
    @Audited(action = AuditAction.CREATE, recordType = "message")
    public Sent reply(UUID threadId, String body, String idempotencyKey) {
        Patient me = me();
        MessageThread thread = mine(me, threadId);
        Sent sent = messaging.reply(
                thread,
                Drafts.body(body),
                Drafts.key(idempotencyKey),
                caller.username(),
                AuthorRole.PATIENT,
                me.displayName());
        audit.record(sent.messageId());
        return sent;
    }

    private MessageThread mine(Patient me, UUID threadId) {
        return store.thread(threadId == null ? new UUID(0, 0) : threadId)
                .filter(t -> t.patientId().equals(me.id()))
                .orElseThrow(() -> new RecordNotFoundException("thread"));
    }

    private Patient me() {
        caller.require(Role.PATIENT);
        Patient me = patients.signedIn(caller).orElseThrow(() -> new RecordNotFoundException("patient"));
        audit.concerns(me.id());
        return me;
    }
}
