package org.thaw.message.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.FlagEngine;
import org.thaw.message.control.MessageStore;
import org.thaw.message.entity.ChartTask;
import org.thaw.message.entity.Message;
import org.thaw.message.entity.MessageThread;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * The care team's inbox: threads of the calling clinician's care-team patients, whoever on the
 * team answers. A thread, message or task of any other patient is "not found" (and audited).
 */
@ApplicationScoped
@Transactional
public class TeamMessages {

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    MessageStore store;

    @Inject
    FlagEngine flags;

    @Inject
    Messaging messaging;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** The care team's threads, newest activity first, each with the caller's unread count. */
    @Audited(action = AuditAction.LIST, recordType = "message_thread")
    public Page<ThreadSummary> threads(PageRequest request) {
        String me = clinician();
        Map<UUID, String> team = new LinkedHashMap<>();
        patients.onCareTeamOf(me).forEach(p -> team.put(p.id(), p.displayName()));
        List<ThreadSummary> items = store.teamThreads(team, me, request.offset(), request.size()).stream()
                .map(Messaging::summary)
                .toList();
        return new Page<>(items, request.page(), request.size(), store.countThreadsOf(team.keySet()));
    }

    /** Unread messages over all the care team's threads, for this clinician. */
    // Not audited: a count is no health data, and the navigation badge polls it every 30 s.
    public long unread() {
        String me = clinician();
        return store.unreadForClinician(
                patients.onCareTeamOf(me).stream().map(Patient::id).toList(), me);
    }

    /** Opens a thread and marks it read for this clinician only (a colleague's count stays). */
    @Audited(action = AuditAction.READ, recordType = "message_thread")
    public ThreadView thread(UUID threadId) {
        String me = clinician();
        MessageThread thread = visible(threadId);
        Patient patient = patients.visibleToClinician(me, thread.patientId());
        ThreadSummary before = Messaging.summary(
                new MessageStore.Listed(thread, patient.displayName(), store.unread(thread.id(), me, false)));
        List<MessageView> messages = store.messages(thread.id()).stream()
                .map(m -> MessageView.of(m, me))
                .toList();
        store.markRead(thread.id(), me, thread.lastMessageAt());
        return new ThreadView(before, messages);
    }

    /** Writes to a care-team patient; a retried send with the same key is the same thread and message. */
    @Audited(action = AuditAction.CREATE, recordType = "message_thread")
    public Sent start(UUID patientId, String subject, String body, String idempotencyKey) {
        String me = clinician();
        Patient patient = patients.visibleToClinician(me, patientId);
        audit.concerns(patient.id());
        Sent sent = messaging.start(
                patient.id(),
                Drafts.subject(subject),
                Drafts.body(body),
                Drafts.key(idempotencyKey),
                me,
                AuthorRole.CLINICIAN,
                patients.clinicianName(me));
        audit.record(sent.threadId());
        return sent;
    }

    /** Answers in a care-team thread; the thread shows who answered. */
    @Audited(action = AuditAction.CREATE, recordType = "message")
    public Sent reply(UUID threadId, String body, String idempotencyKey) {
        String me = clinician();
        MessageThread thread = visible(threadId);
        Sent sent = messaging.reply(
                thread,
                Drafts.body(body),
                Drafts.key(idempotencyKey),
                me,
                AuthorRole.CLINICIAN,
                patients.clinicianName(me));
        audit.record(sent.messageId());
        return sent;
    }

    /** Marks the thread handled (a new message from the patient opens it again). */
    @Audited(action = AuditAction.UPDATE, recordType = "message_thread")
    public void handled(UUID threadId) {
        String me = clinician();
        MessageThread thread = visible(threadId);
        store.handled(thread.id(), me, clock.instant());
    }

    /** Hands the thread to a colleague on the patient's care team (cover while away); null takes it back. */
    @Audited(action = AuditAction.UPDATE, recordType = "message_thread")
    public void handTo(UUID threadId, String colleague) {
        clinician();
        MessageThread thread = visible(threadId);
        if (colleague != null
                && !colleague.isBlank()
                && !patients.isOnCareTeam(colleague.strip(), thread.patientId())) {
            throw new InvalidInputException("clinician", "must be a clinician on this patient's care team");
        }
        store.assign(thread.id(), colleague == null || colleague.isBlank() ? null : colleague.strip());
    }

    /** Hides a message from the patient's view, with a reason; it stays on the record. */
    @Audited(action = AuditAction.UPDATE, recordType = "message")
    public void hide(UUID messageId, String reason) {
        String me = clinician();
        Message message = visibleMessage(messageId);
        if (message.authorRole() == AuthorRole.SYSTEM) {
            throw new InvalidInputException("messageId", "is an automatic reply; it cannot be hidden");
        }
        store.hide(message.id(), me, Drafts.reason(reason), clock.instant());
    }

    /** Turns a message into a follow-up on the patient's chart, optionally linked to one of their flags. */
    @Audited(action = AuditAction.CREATE, recordType = "chart_task")
    public ChartTaskView task(UUID messageId, String title, LocalDate dueOn, UUID flagId) {
        String me = clinician();
        Message message = visibleMessage(messageId);
        MessageThread thread = store.thread(message.threadId()).orElseThrow();
        if (dueOn == null) {
            throw new InvalidInputException("dueOn", "is required (yyyy-mm-dd)");
        }
        if (flagId != null && !flags.isOfPatient(flagId, thread.patientId())) {
            throw new InvalidInputException("flagId", "must be one of this patient's flags");
        }
        ChartTask task = new ChartTask(
                thread.patientId(), Drafts.taskTitle(title), dueOn, message.id(), flagId, me, clock.instant());
        store.addTask(task);
        audit.record(task.id());
        return ChartTaskView.of(task);
    }

    /** The patient's chart tasks: open ones first by due date. */
    @Audited(action = AuditAction.LIST, recordType = "chart_task")
    public List<ChartTaskView> tasks(UUID patientId) {
        Patient patient = patients.visibleToClinician(clinician(), patientId);
        audit.concerns(patient.id());
        return store.tasks(patient.id()).stream().map(ChartTaskView::of).toList();
    }

    /** Marks a task done. */
    @Audited(action = AuditAction.UPDATE, recordType = "chart_task")
    public void completeTask(UUID taskId) {
        String me = clinician();
        UUID patientId = store.taskPatient(taskId == null ? new UUID(0, 0) : taskId)
                .orElseThrow(() -> new RecordNotFoundException("task"));
        audit.concerns(patients.visibleToClinician(me, patientId).id());
        audit.record(taskId);
        store.completeTask(taskId, me, clock.instant());
    }

    private MessageThread visible(UUID threadId) {
        MessageThread thread = store.thread(threadId == null ? new UUID(0, 0) : threadId)
                .orElseThrow(() -> new RecordNotFoundException("thread"));
        if (!patients.isOnCareTeam(caller.username(), thread.patientId())) {
            throw new RecordNotFoundException("thread");
        }
        audit.concerns(thread.patientId());
        audit.record(thread.id());
        return thread;
    }

    private Message visibleMessage(UUID messageId) {
        Message message = store.message(messageId == null ? new UUID(0, 0) : messageId)
                .orElseThrow(() -> new RecordNotFoundException("message"));
        visible(message.threadId());
        audit.record(message.id());
        return message;
    }

    private String clinician() {
        caller.require(Role.CLINICIAN);
        return caller.username();
    }
}
