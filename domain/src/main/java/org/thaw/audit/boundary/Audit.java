package org.thaw.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.UUID;

/**
 * Lets an {@link Audited} method say which patient and record it touched; the audit interceptor
 * reads it when the call ends. Calls nest: each audited call has its own entry.
 */
@RequestScoped
public class Audit {

    /** What the running audited call has named so far. */
    public static final class Entry {
        private UUID patientId;
        private String recordType;
        private String recordId;
        private AuditAction action;
        private boolean ownTransaction;
        private boolean writtenWithCall;

        public UUID patientId() {
            return patientId;
        }

        public String recordType() {
            return recordType;
        }

        public String recordId() {
            return recordId;
        }

        public AuditAction action() {
            return action;
        }

        /** True when the call began with no transaction running: the one it runs in is its own. */
        boolean ownTransaction() {
            return ownTransaction;
        }

        void ownTransaction(boolean own) {
            this.ownTransaction = own;
        }

        /** True once the event was written in the call's own transaction and that transaction committed. */
        boolean writtenWithCall() {
            return writtenWithCall;
        }

        void writtenWithCall(boolean written) {
            this.writtenWithCall = written;
        }
    }

    private final Deque<Entry> calls = new ArrayDeque<>();

    /** Names the patient whose data the current call touches. */
    public Audit concerns(UUID patientId) {
        current().patientId = Objects.requireNonNull(patientId, "patientId");
        return this;
    }

    /** Names the record the current call touches (its type comes from {@link Audited}). */
    public Audit record(Object recordId) {
        current().recordId = recordId == null ? null : recordId.toString();
        return this;
    }

    /** Names a record of another type than {@link Audited#recordType()}. */
    public Audit record(String recordType, Object recordId) {
        current().recordType = recordType;
        return record(recordId);
    }

    /** Says what the current call turned out to do, when {@link Audited#action()} cannot know (create or update). */
    public Audit action(AuditAction action) {
        current().action = Objects.requireNonNull(action, "action");
        return this;
    }

    Entry begin() {
        Entry entry = new Entry();
        calls.push(entry);
        return entry;
    }

    /** The running audited call's entry; null outside one. */
    Entry currentOrNull() {
        return calls.peek();
    }

    void end() {
        calls.pop();
    }

    private Entry current() {
        Entry entry = calls.peek();
        if (entry == null) {
            throw new IllegalStateException("Audit.concerns/record called outside an @Audited method");
        }
        return entry;
    }
}
