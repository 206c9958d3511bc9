package org.thaw.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;
import org.thaw.audit.control.AuditLog;
import org.thaw.audit.entity.AuditEvent;
import org.thaw.audit.entity.Outcome;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * Writes one audit event per {@link Audited} call. It runs outside the boundary's transaction
 * (lower priority number than {@code @Transactional}'s), so the event records the outcome the
 * caller saw, and a refused call is recorded even though its transaction rolled back. A call that
 * completed in a transaction of its own has had its event written in that transaction already
 * ({@link AuditWithCall}); this interceptor writes every other event.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AuditInterceptor {

    @Inject
    Audit audit;

    @Inject
    Caller caller;

    @Inject
    AuditLog log;

    @Inject
    Clock clock;

    @AroundInvoke
    public Object audit(InvocationContext invocation) throws Exception {
        Audited audited = binding(invocation);
        Audit.Entry entry = audit.begin();
        entry.ownTransaction(log.outsideTransaction());
        Outcome outcome = Outcome.FAILED;
        Exception failure = null;
        try {
            Object result = invocation.proceed();
            outcome = Outcome.ALLOWED;
            return result;
        } catch (AccessDeniedException | RecordNotFoundException refused) {
            outcome = Outcome.DENIED;
            failure = refused;
            throw refused;
        } catch (Exception e) {
            failure = e;
            throw e;
        } finally {
            audit.end();
            if (!entry.writtenWithCall()) {
                record(invocation, audited, entry, outcome, failure);
            }
        }
    }

    /**
     * Writes the event. If that fails, the call fails too (no health data leaves without its
     * audit event); a refusal or failure the caller already had stays the exception they see.
     */
    private void record(
            InvocationContext invocation, Audited audited, Audit.Entry entry, Outcome outcome, Exception failure) {
        AuditEvent event = event(invocation, audited, entry, outcome, caller, clock);
        try {
            log.write(event);
        } catch (RuntimeException auditFailure) {
            if (failure != null) {
                failure.addSuppressed(auditFailure);
            } else {
                throw new IllegalStateException("the audit event could not be written", auditFailure);
            }
        }
    }

    /** The event of a call: who, what record of which patient, how it ended. */
    static AuditEvent event(
            InvocationContext invocation,
            Audited audited,
            Audit.Entry entry,
            Outcome outcome,
            Caller caller,
            Clock clock) {
        String recordType = entry.recordType() != null
                ? entry.recordType()
                : audited != null && !audited.recordType().isEmpty()
                        ? audited.recordType()
                        : invocation.getMethod().getName();
        return new AuditEvent(
                clock.instant(),
                caller.subject().orElse(null),
                caller.usernameIfKnown().orElse(null),
                caller.actingRole().map(r -> r.roleName()).orElse(null),
                (entry.action() != null ? entry.action() : audited == null ? AuditAction.READ : audited.action())
                        .name(),
                recordType,
                entry.recordId(),
                entry.patientId(),
                outcome);
    }

    /** The binding on the method, else on its class or the target's class hierarchy; null if none is visible. */
    static Audited binding(InvocationContext invocation) {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
        }
        for (Class<?> c = invocation.getTarget() == null
                        ? null
                        : invocation.getTarget().getClass();
                audited == null && c != null;
                c = c.getSuperclass()) {
            audited = c.getAnnotation(Audited.class);
        }
        return audited;
    }
}
