package org.thaw.message.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.thaw.message.boundary.ThreadStatus;
import org.thaw.message.entity.ChartTask;
import org.thaw.message.entity.Message;
import org.thaw.message.entity.MessageThread;
import org.thaw.platform.Queries;
import org.thaw.platform.Rows;

/**
 * Reads and writes threads, messages, read marks and chart tasks, and only those: who is on a
 * care team, a patient's e-mail or a flag's owner are the patient and flag capabilities' to say.
 * Entities and named queries, except where SQL says something JPA cannot: the idempotent sends
 * ({@code insert … on conflict do nothing}, race-free under the unique constraints), the read
 * mark (an upsert that never moves back) and the unread counts. Unread counts are counted from the
 * read marks whenever asked, never kept as a counter, so they cannot drift.
 *
 * <p>A state change is one conditional update (a named JPQL update), as safe against a concurrent
 * one as the database makes it; the row is then reloaded if this persistence context holds it,
 * so a later read in the same transaction sees the change.
 */
@ApplicationScoped
public class MessageStore {

    /** One thread in a list, with the caller's unread count. */
    public record Listed(MessageThread thread, String patientName, long unread) {}

    /** A patient's view: hidden messages are not theirs to see; Thaw's automatic replies are. */
    private static final String UNREAD_FOR_PATIENT = "(select count(*) from message m where m.thread_id = t.id"
            + " and m.author <> :reader and m.hidden_at is null and m.sent_at > coalesce((select r.last_read_at"
            + " from message_read r where r.thread_id = t.id and r.reader = :reader), '-infinity'::timestamptz))";

    /** A clinician's view: what the patient and colleagues wrote since the clinician last read. */
    private static final String UNREAD_FOR_CLINICIAN = "(select count(*) from message m where m.thread_id = t.id"
            + " and m.author <> :reader and m.author_role <> 'SYSTEM' and m.sent_at > coalesce((select r.last_read_at"
            + " from message_read r where r.thread_id = t.id and r.reader = :reader), '-infinity'::timestamptz))";

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    // ---- threads ------------------------------------------------------------------------------

    /**
     * Creates the thread, or finds the one its author already created with its key (a retried
     * send): empty when the key was used for another patient (never merged across patients).
     */
    public Optional<UUID> createThread(MessageThread t) {
        List<Tuple> created = em.createNativeQuery(
                        "insert into message_thread (id, patient_id, subject, started_by,"
                                + " started_by_role, created_at, last_message_at, status, idempotency_key) values (:id, :patientId,"
                                + " :subject, :startedBy, :role, :createdAt, :lastMessageAt, :status, cast(:key as varchar))"
                                + " on conflict (started_by, idempotency_key) do nothing returning id",
                        Tuple.class)
                .setParameter("id", t.id())
                .setParameter("patientId", t.patientId())
                .setParameter("subject", t.subject())
                .setParameter("startedBy", t.startedBy())
                .setParameter("role", t.startedByRole().name())
                .setParameter("createdAt", t.createdAt())
                .setParameter("lastMessageAt", t.lastMessageAt())
                .setParameter("status", t.status().name())
                .setParameter("key", t.idempotencyKey())
                .getResultList();
        if (!created.isEmpty()) {
            return Optional.of(Rows.uuid(created.get(0), "id"));
        }
        return Queries.first(em.createNamedQuery(MessageThread.BY_KEY, UUID.class)
                .setParameter("startedBy", t.startedBy())
                .setParameter("key", t.idempotencyKey())
                .setParameter("patientId", t.patientId()));
    }

    public Optional<MessageThread> thread(UUID id) {
        return Optional.ofNullable(em.find(MessageThread.class, id));
    }

    /** A patient's threads, newest activity first, with their unread counts. */
    public List<Listed> patientThreads(UUID patientId, String reader, int offset, int limit) {
        List<MessageThread> threads = threadsOf(List.of(patientId), offset, limit);
        Map<UUID, Long> unread = unread(threads, reader, UNREAD_FOR_PATIENT);
        return threads.stream()
                .map(t -> new Listed(t, null, unread.getOrDefault(t.id(), 0L)))
                .toList();
    }

    /** A patient's threads, newest activity first, at most {@code limit}. */
    public List<MessageThread> threadsOfPatient(UUID patientId, int limit) {
        return threadsOf(List.of(patientId), 0, limit);
    }

    public long countPatientThreads(UUID patientId) {
        return countThreadsOf(List.of(patientId));
    }

    /**
     * The care team's threads, newest activity first, with the clinician's unread counts.
     *
     * @param patients the clinician's care-team patients, by id, with their display names
     */
    public List<Listed> teamThreads(Map<UUID, String> patients, String clinician, int offset, int limit) {
        List<MessageThread> threads = threadsOf(patients.keySet(), offset, limit);
        Map<UUID, Long> unread = unread(threads, clinician, UNREAD_FOR_CLINICIAN);
        return threads.stream()
                .map(t -> new Listed(t, patients.get(t.patientId()), unread.getOrDefault(t.id(), 0L)))
                .toList();
    }

    /** The number of threads of these patients (the care team's threads). */
    public long countThreadsOf(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(MessageThread.COUNT_OF_PATIENTS, Long.class)
                .setParameter("patientIds", patientIds)
                .getSingleResult();
    }

    private List<MessageThread> threadsOf(Collection<UUID> patientIds, int offset, int limit) {
        if (patientIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(MessageThread.OF_PATIENTS, MessageThread.class)
                .setParameter("patientIds", patientIds)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The reader's unread count of each of these threads, in one query. */
    private Map<UUID, Long> unread(List<MessageThread> threads, String reader, String unreadCount) {
        Map<UUID, Long> unread = new HashMap<>();
        if (threads.isEmpty()) {
            return unread;
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(
                        "select t.id as thread_id, " + unreadCount + " as unread"
                                + " from message_thread t where t.id in (:ids)",
                        Tuple.class)
                .setParameter("ids", threads.stream().map(MessageThread::id).toList())
                .setParameter("reader", reader)
                .getResultList();
        rows.forEach(r -> unread.put(Rows.uuid(r, "thread_id"), Rows.longValue(r, "unread")));
        return unread;
    }

    /** One thread's unread count for this reader, as the patient or as a clinician sees it. */
    public long unread(UUID threadId, String reader, boolean patientView) {
        Tuple row = (Tuple) em.createNativeQuery(
                        "select " + (patientView ? UNREAD_FOR_PATIENT : UNREAD_FOR_CLINICIAN)
                                + " as unread from message_thread t where t.id = :id",
                        Tuple.class)
                .setParameter("id", threadId)
                .setParameter("reader", reader)
                .getSingleResult();
        return Rows.longValue(row, "unread");
    }

    /** Unread messages over all of a patient's threads (the portal's navigation badge). */
    public long unreadForPatient(UUID patientId, String reader) {
        Tuple row = (Tuple) em.createNativeQuery(
                        "select coalesce(sum(" + UNREAD_FOR_PATIENT + "), 0) as unread"
                                + " from message_thread t where t.patient_id = :patientId",
                        Tuple.class)
                .setParameter("patientId", patientId)
                .setParameter("reader", reader)
                .getSingleResult();
        return Rows.longValue(row, "unread");
    }

    /** Unread messages over all threads of these patients (the clinician app's badge: the care team's). */
    public long unreadForClinician(Collection<UUID> patientIds, String clinician) {
        if (patientIds.isEmpty()) {
            return 0;
        }
        Tuple row = (Tuple) em.createNativeQuery(
                        "select coalesce(sum(" + UNREAD_FOR_CLINICIAN + "), 0) as unread"
                                + " from message_thread t where t.patient_id in (:patientIds)",
                        Tuple.class)
                .setParameter("patientIds", patientIds)
                .setParameter("reader", clinician)
                .getSingleResult();
        return Rows.longValue(row, "unread");
    }

    /** Marks the thread read for this reader up to {@code upTo} (for this reader only; never back). */
    public void markRead(UUID threadId, String reader, Instant upTo) {
        em.createNativeQuery("insert into message_read (thread_id, reader, last_read_at) values (:thread, :reader, :at)"
                        + " on conflict (thread_id, reader) do update set last_read_at ="
                        + " greatest(message_read.last_read_at, excluded.last_read_at)")
                .setParameter("thread", threadId)
                .setParameter("reader", reader)
                .setParameter("at", upTo)
                .executeUpdate();
    }

    /** Moves the thread's last activity forward to {@code at}; {@code reopen}: a patient wrote. */
    public void touch(UUID threadId, Instant at, boolean reopen) {
        if (reopen) {
            em.createNamedQuery(MessageThread.TOUCH_AND_REOPEN)
                    .setParameter("at", at)
                    .setParameter("open", ThreadStatus.OPEN)
                    .setParameter("id", threadId)
                    .executeUpdate();
        } else {
            em.createNamedQuery(MessageThread.TOUCH)
                    .setParameter("at", at)
                    .setParameter("id", threadId)
                    .executeUpdate();
        }
        reload(MessageThread.class, threadId);
    }

    public void handled(UUID threadId, String by, Instant at) {
        em.createNamedQuery(MessageThread.HANDLED)
                .setParameter("handled", ThreadStatus.HANDLED)
                .setParameter("by", by)
                .setParameter("at", at)
                .setParameter("id", threadId)
                .executeUpdate();
        reload(MessageThread.class, threadId);
    }

    public void assign(UUID threadId, String clinician) {
        em.createNamedQuery(MessageThread.ASSIGN)
                .setParameter("to", clinician)
                .setParameter("id", threadId)
                .executeUpdate();
        reload(MessageThread.class, threadId);
    }

    // ---- messages -----------------------------------------------------------------------------

    /**
     * Adds the message, or finds the one its author already sent with its key in this thread (a
     * retried send): empty when the author used the key in another thread.
     */
    public Optional<UUID> addMessage(Message m) {
        List<Tuple> created = em.createNativeQuery(
                        "insert into message (id, thread_id, author, author_role, author_name,"
                                + " body, sent_at, idempotency_key) values (:id, :thread, :author, :role, :name, :body, :at,"
                                + " cast(:key as varchar)) on conflict (author, idempotency_key) do nothing returning id",
                        Tuple.class)
                .setParameter("id", m.id())
                .setParameter("thread", m.threadId())
                .setParameter("author", m.author())
                .setParameter("role", m.authorRole().name())
                .setParameter("name", m.authorName())
                .setParameter("body", m.body())
                .setParameter("at", m.sentAt())
                .setParameter("key", m.idempotencyKey())
                .getResultList();
        if (!created.isEmpty()) {
            return Optional.of(Rows.uuid(created.get(0), "id"));
        }
        return Queries.first(em.createNamedQuery(Message.BY_KEY, UUID.class)
                .setParameter("author", m.author())
                .setParameter("key", m.idempotencyKey())
                .setParameter("threadId", m.threadId()));
    }

    public Optional<Message> message(UUID id) {
        return Optional.ofNullable(em.find(Message.class, id));
    }

    /** A thread's messages, oldest first. */
    public List<Message> messages(UUID threadId) {
        return em.createNamedQuery(Message.OF_THREAD, Message.class)
                .setParameter("threadId", threadId)
                .getResultList();
    }

    /** Hides the message from the patient's view, unless someone already did. */
    public void hide(UUID messageId, String by, String reason, Instant at) {
        em.createNamedQuery(Message.HIDE)
                .setParameter("at", at)
                .setParameter("by", by)
                .setParameter("reason", reason)
                .setParameter("id", messageId)
                .executeUpdate();
        reload(Message.class, messageId);
    }

    // ---- chart tasks --------------------------------------------------------------------------

    public void addTask(ChartTask task) {
        em.persist(task);
        em.flush(); // a row the database refuses fails here, inside the call
    }

    /** A patient's tasks: open ones first by due date, then done ones, newest first. */
    public List<ChartTask> tasks(UUID patientId) {
        return em.createNamedQuery(ChartTask.OF_PATIENT, ChartTask.class)
                .setParameter("patientId", patientId)
                .getResultList();
    }

    public Optional<UUID> taskPatient(UUID taskId) {
        return Optional.ofNullable(em.find(ChartTask.class, taskId)).map(ChartTask::patientId);
    }

    /** Marks the task done, unless someone already did. */
    public void completeTask(UUID taskId, String by, Instant at) {
        em.createNamedQuery(ChartTask.COMPLETE)
                .setParameter("by", by)
                .setParameter("at", at)
                .setParameter("id", taskId)
                .executeUpdate();
        reload(ChartTask.class, taskId);
    }

    /**
     * After a named update: a bulk update bypasses the persistence context, so an instance it
     * already holds is read again (entities here change only through such updates, never in
     * memory, so no pending change is lost).
     */
    private <T> void reload(Class<T> type, UUID id) {
        T entity = em.find(type, id);
        if (entity != null) {
            em.refresh(entity);
        }
    }
}
