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
 * caller saw, and a refused call is recorded even though its transaction rolled back.
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
        Outcome outcome = Outcome.FAILED;
        try {
            Object result = invocation.proceed();
            outcome = Outcome.ALLOWED;
            return result;
        } catch (AccessDeniedException | RecordNotFoundException refused) {
            outcome = Outcome.DENIED;
            throw refused;
        } finally {
            audit.end();
            String recordType = entry.recordType() != null ? entry.recordType() : audited.recordType();
            log.write(new AuditEvent(
                    clock.instant(),
                    caller.subject().orElse(null),
                    caller.usernameIfKnown().orElse(null),
                    caller.actingRole().map(r -> r.roleName()).orElse(null),
                    audited.action().name(),
                    recordType.isEmpty() ? invocation.getMethod().getName() : recordType,
                    entry.recordId(),
                    entry.patientId(),
                    outcome));
        }
    }

    private static Audited binding(InvocationContext invocation) {
        Audited audited = invocation.getMethod().getAnnotation(Audited.class);
        if (audited == null) {
            audited = invocation.getMethod().getDeclaringClass().getAnnotation(Audited.class);
        }
        return audited;
    }
}
