package org.thaw.message.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.thaw.message.boundary.AuthorRole;
import org.thaw.message.boundary.ThreadStatus;
import org.thaw.message.entity.ChartTask;
import org.thaw.message.entity.Message;
import org.thaw.message.entity.MessageThread;
import org.thaw.platform.Rows;

/**
 * Reads and writes threads, messages, read marks and chart tasks with native SQL. Unread counts
 * are counted from the read marks whenever asked, never kept as a counter, so they cannot drift.
 */
@ApplicationScoped
public class MessageStore {

    /** One thread in a list, with the caller's unread count. */
    public record Listed(MessageThread thread, String patientName, long unread) {}

    private static final String THREAD_COLUMNS = "t.id, t.patient_id, t.subject, t.started_by, t.started_by_role,"
            + " t.created_at, t.last_message_at, t.status, t.handled_by, t.handled_at, t.assigned_to";

    private static final String MESSAGE_COLUMNS = "m.id, m.thread_id, m.author, m.author_role, m.author_name, m.body,"
            + " m.sent_at, m.hidden_at, m.hidden_by, m.hidden_reason";

    /** A patient's view: hidden messages are not theirs to see; Thaw's automatic replies are. */
    private static final String UNREAD_FOR_PATIENT = "(select count(*) from message m where m.thread_id = t.id"
            + " and m.author <> :reader and m.hidden_at is null and m.sent_at > coalesce((select r.last_read_at"
            + " from message_read r where r.thread_id = t.id and r.reader = :reader), '-infinity'::timestamptz))";

    /** A clinician's view: what the patient and colleagues wrote since the clinician last read. */
    private static final String UNREAD_FOR_CLINICIAN = "(select count(*) from message m where m.thread_id = t.id"
            + " and m.author <> :reader and m.author_role <> 'SYSTEM' and m.sent_at > coalesce((select r.last_read_at"
            + " from message_read r where r.thread_id = t.id and r.reader = :reader), '-infinity'::timestamptz))";

    /** The care team's threads: those of patients the clinician is actively assigned to. */
    private static final String TEAM_THREADS = " from message_thread t join patient p on p.id = t.patient_id"
            + " where exists (select 1 from care_team_member ctm join clinician c on c.id = ctm.clinician_id"
            + "   where ctm.patient_id = t.patient_id and ctm.ended_at is null and c.username = :reader)";

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    // ---- threads ------------------------------------------------------------------------------

    /**
     * Creates a thread, or finds the one this author already created with this key (a retried
     * send): empty when the key was used for another patient (never merged across patients).
     */
    public Optional<UUID> createThread(MessageThread t, String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object> created = em.createNativeQuery("insert into message_thread (id, patient_id, subject, started_by,"
                        + " started_by_role, created_at, last_message_at, status, idempotency_key) values (:id, :patientId,"
                        + " :subject, :startedBy, :role, :at, :at, 'OPEN', cast(:key as varchar))"
                        + " on conflict (started_by, idempotency_key) do nothing returning id")
                .setParameter("id", t.id())
                .setParameter("patientId", t.patientId())
                .setParameter("subject", t.subject())
                .setParameter("startedBy", t.startedBy())
                .setParameter("role", t.startedByRole().name())
                .setParameter("at", t.createdAt())
                .setParameter("key", idempotencyKey)
                .getResultList();
        if (!created.isEmpty()) {
            return Optional.of((UUID) created.get(0));
        }
        @SuppressWarnings("unchecked")
        List<Object> earlier = em.createNativeQuery("select id from message_thread where started_by = :startedBy"
                        + " and idempotency_key = :key and patient_id = :patientId")
                .setParameter("startedBy", t.startedBy())
                .setParameter("key", idempotencyKey)
                .setParameter("patientId", t.patientId())
                .getResultList();
        return earlier.stream().map(UUID.class::cast).findFirst();
    }

    public Optional<MessageThread> thread(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + THREAD_COLUMNS + " from message_thread t where t.id = :id")
                .setParameter("id", id)
                .getResultList();
        return rows.stream().map(MessageStore::thread).findFirst();
    }

    /** A patient's threads, newest activity first, with their unread counts. */
    public List<Listed> patientThreads(UUID patientId, String reader, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + THREAD_COLUMNS + ", '' as name, " + UNREAD_FOR_PATIENT
                        + " from message_thread t where t.patient_id = :patientId"
                        + " order by t.last_message_at desc, t.id")
                .setParameter("patientId", patientId)
                .setParameter("reader", reader)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new Listed(thread(r), null, ((Number) r[12]).longValue())).toList();
    }

    public long countPatientThreads(UUID patientId) {
        return ((Number) em.createNativeQuery("select count(*) from message_thread where patient_id = :patientId")
                .setParameter("patientId", patientId)
                .getSingleResult()).longValue();
    }

    /** The clinician's care-team threads, newest activity first, with their unread counts. */
    public List<Listed> teamThreads(String clinician, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + THREAD_COLUMNS + ", p.first_name || ' ' || p.last_name, "
                        + UNREAD_FOR_CLINICIAN + TEAM_THREADS + " order by t.last_message_at desc, t.id")
                .setParameter("reader", clinician)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new Listed(thread(r), (String) r[11], ((Number) r[12]).longValue())).toList();
    }

    public long countTeamThreads(String clinician) {
        return ((Number) em.createNativeQuery("select count(*)" + TEAM_THREADS)
                .setParameter("reader", clinician)
                .getSingleResult()).longValue();
    }

    /** One thread's unread count for this reader, as the patient or as a clinician sees it. */
    public long unread(UUID threadId, String reader, boolean patientView) {
        return ((Number) em.createNativeQuery("select " + (patientView ? UNREAD_FOR_PATIENT : UNREAD_FOR_CLINICIAN)
                        + " from message_thread t where t.id = :id")
                .setParameter("id", threadId)
                .setParameter("reader", reader)
                .getSingleResult()).longValue();
    }

    /** A clinician's display name ("Sam Rivera"), or the username when there is no record. */
    public String clinicianName(String username) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select first_name || ' ' || last_name from clinician where username = :u")
                .setParameter("u", username)
                .getResultList();
        return rows.isEmpty() ? username : (String) rows.get(0);
    }

    /** Unread messages over all of a patient's threads (the portal's navigation badge). */
    public long unreadForPatient(UUID patientId, String reader) {
        return ((Number) em.createNativeQuery("select coalesce(sum(" + UNREAD_FOR_PATIENT + "), 0)"
                        + " from message_thread t where t.patient_id = :patientId")
                .setParameter("patientId", patientId)
                .setParameter("reader", reader)
                .getSingleResult()).longValue();
    }

    /** Unread messages over all of the clinician's care-team threads (the clinician app's badge). */
    public long unreadForClinician(String clinician) {
        return ((Number) em.createNativeQuery("select coalesce(sum(" + UNREAD_FOR_CLINICIAN + "), 0)" + TEAM_THREADS)
                .setParameter("reader", clinician)
                .getSingleResult()).longValue();
    }

    /** Marks the thread read for this reader up to its newest message (for this reader only). */
    public void markRead(UUID threadId, String reader, Instant upTo) {
        em.createNativeQuery("insert into message_read (thread_id, reader, last_read_at) values (:thread, :reader, :at)"
                        + " on conflict (thread_id, reader) do update set last_read_at ="
                        + " greatest(message_read.last_read_at, excluded.last_read_at)")
                .setParameter("thread", threadId)
                .setParameter("reader", reader)
                .setParameter("at", upTo)
                .executeUpdate();
    }

    public void touch(UUID threadId, Instant at, boolean reopen) {
        em.createNativeQuery("update message_thread set last_message_at = greatest(last_message_at, :at)"
                        + (reopen ? ", status = 'OPEN', handled_by = null, handled_at = null" : "") + " where id = :id")
                .setParameter("at", at)
                .setParameter("id", threadId)
                .executeUpdate();
    }

    public void handled(UUID threadId, String by, Instant at) {
        em.createNativeQuery("update message_thread set status = 'HANDLED', handled_by = :by, handled_at = :at where id = :id")
                .setParameter("by", by)
                .setParameter("at", at)
                .setParameter("id", threadId)
                .executeUpdate();
    }

    public void assign(UUID threadId, String clinician) {
        em.createNativeQuery("update message_thread set assigned_to = cast(:to as varchar) where id = :id")
                .setParameter("to", clinician)
                .setParameter("id", threadId)
                .executeUpdate();
    }

    // ---- messages -----------------------------------------------------------------------------

    /**
     * Adds a message, or finds the one this author already sent with this key in this thread (a
     * retried send): empty when the author used the key in another thread.
     */
    public Optional<UUID> addMessage(Message m, String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object> created = em.createNativeQuery("insert into message (id, thread_id, author, author_role, author_name,"
                        + " body, sent_at, idempotency_key) values (:id, :thread, :author, :role, :name, :body, :at,"
                        + " cast(:key as varchar)) on conflict (author, idempotency_key) do nothing returning id")
                .setParameter("id", m.id())
                .setParameter("thread", m.threadId())
                .setParameter("author", m.author())
                .setParameter("role", m.authorRole().name())
                .setParameter("name", m.authorName())
                .setParameter("body", m.body())
                .setParameter("at", m.sentAt())
                .setParameter("key", idempotencyKey)
                .getResultList();
        if (!created.isEmpty()) {
            return Optional.of((UUID) created.get(0));
        }
        @SuppressWarnings("unchecked")
        List<Object> earlier = em.createNativeQuery("select id from message where author = :author"
                        + " and idempotency_key = :key and thread_id = :thread")
                .setParameter("author", m.author())
                .setParameter("key", idempotencyKey)
                .setParameter("thread", m.threadId())
                .getResultList();
        return earlier.stream().map(UUID.class::cast).findFirst();
    }

    public Optional<Message> message(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + MESSAGE_COLUMNS + " from message m where m.id = :id")
                .setParameter("id", id)
                .getResultList();
        return rows.stream().map(MessageStore::message).findFirst();
    }

    /** A thread's messages, oldest first. */
    public List<Message> messages(UUID threadId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + MESSAGE_COLUMNS + " from message m"
                        + " where m.thread_id = :thread order by m.sent_at, m.id")
                .setParameter("thread", threadId)
                .getResultList();
        return rows.stream().map(MessageStore::message).toList();
    }

    /** The newest message of a thread (for the after-hours reply's "not twice in a row"). */
    public Optional<Message> newest(UUID threadId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + MESSAGE_COLUMNS + " from message m"
                        + " where m.thread_id = :thread order by m.sent_at desc, m.id desc limit 1")
                .setParameter("thread", threadId)
                .getResultList();
        return rows.stream().map(MessageStore::message).findFirst();
    }

    public void hide(UUID messageId, String by, String reason, Instant at) {
        em.createNativeQuery("update message set hidden_at = :at, hidden_by = :by, hidden_reason = :reason"
                        + " where id = :id and hidden_at is null")
                .setParameter("at", at)
                .setParameter("by", by)
                .setParameter("reason", reason)
                .setParameter("id", messageId)
                .executeUpdate();
    }

    // ---- chart tasks --------------------------------------------------------------------------

    public void addTask(ChartTask task) {
        em.createNativeQuery("insert into chart_task (id, patient_id, title, due_on, message_id, flag_id, created_by,"
                        + " created_at) values (:id, :patientId, :title, :due, cast(:message as uuid), cast(:flag as uuid),"
                        + " :by, :at)")
                .setParameter("id", task.id())
                .setParameter("patientId", task.patientId())
                .setParameter("title", task.title())
                .setParameter("due", task.dueOn())
                .setParameter("message", task.messageId() == null ? null : task.messageId().toString())
                .setParameter("flag", task.flagId() == null ? null : task.flagId().toString())
                .setParameter("by", task.createdBy())
                .setParameter("at", task.createdAt())
                .executeUpdate();
    }

    /** A patient's tasks: open ones first by due date, then done ones, newest first. */
    public List<ChartTask> tasks(UUID patientId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, patient_id, title, due_on, message_id, flag_id, created_by,"
                        + " created_at, done_by, done_at from chart_task where patient_id = :patientId"
                        + " order by done_at is not null, due_on, created_at desc")
                .setParameter("patientId", patientId)
                .getResultList();
        return rows.stream().map(r -> new ChartTask((UUID) r[0], (UUID) r[1], (String) r[2], Rows.localDate(r[3]), (UUID) r[4],
                (UUID) r[5], (String) r[6], Rows.instant(r[7]), (String) r[8], Rows.instant(r[9]))).toList();
    }

    public Optional<UUID> taskPatient(UUID taskId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select patient_id from chart_task where id = :id")
                .setParameter("id", taskId)
                .getResultList();
        return rows.stream().map(UUID.class::cast).findFirst();
    }

    public void completeTask(UUID taskId, String by, Instant at) {
        em.createNativeQuery("update chart_task set done_by = :by, done_at = :at where id = :id and done_at is null")
                .setParameter("by", by)
                .setParameter("at", at)
                .setParameter("id", taskId)
                .executeUpdate();
    }

    /** True when the flag exists and is the patient's. */
    public boolean flagOfPatient(UUID flagId, UUID patientId) {
        return !em.createNativeQuery("select 1 from flag where id = :id and patient_id = :patientId")
                .setParameter("id", flagId)
                .setParameter("patientId", patientId)
                .getResultList()
                .isEmpty();
    }

    /** E-mail addresses of the patient's active care team (for notifications; never shown). */
    @SuppressWarnings("unchecked")
    public List<String> careTeamEmails(UUID patientId, String except) {
        return em.createNativeQuery("select c.email from care_team_member ctm join clinician c on c.id = ctm.clinician_id"
                        + " where ctm.patient_id = :patientId and ctm.ended_at is null and c.email is not null"
                        + " and c.username <> :except")
                .setParameter("patientId", patientId)
                .setParameter("except", except == null ? "" : except)
                .getResultList();
    }

    public Optional<String> patientEmail(UUID patientId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select email from patient where id = :id and email is not null")
                .setParameter("id", patientId)
                .getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    // ---- rows ---------------------------------------------------------------------------------

    private static MessageThread thread(Object[] r) {
        return new MessageThread((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], AuthorRole.valueOf((String) r[4]),
                Rows.instant(r[5]), Rows.instant(r[6]), ThreadStatus.valueOf((String) r[7]), (String) r[8], Rows.instant(r[9]),
                (String) r[10]);
    }

    private static Message message(Object[] r) {
        return new Message((UUID) r[0], (UUID) r[1], (String) r[2], AuthorRole.valueOf((String) r[3]), (String) r[4],
                (String) r[5], Rows.instant(r[6]), Rows.instant(r[7]), (String) r[8], (String) r[9]);
    }
}
