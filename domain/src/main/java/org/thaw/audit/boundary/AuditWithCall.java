package org.thaw.audit.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Clock;
import org.thaw.audit.control.AuditLog;
import org.thaw.audit.entity.Outcome;
import org.thaw.security.boundary.Caller;

/**
 * Writes a completed call's audit event inside the call's own transaction (higher priority number
 * than {@code @Transactional}'s, so it runs within it): the event and what the call wrote commit
 * together, in one commit instead of two. Only when the transaction is the call's own, begun for it;
 * a call that joins a caller's transaction, or ends in an exception, or whose commit fails, has its
 * event written by {@link AuditInterceptor} in a transaction of its own, as before.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class AuditWithCall {

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
        Audit.Entry entry = audit.currentOrNull();
        if (entry == null || !entry.ownTransaction() || log.outsideTransaction()) {
            return invocation.proceed();
        }
        Object result = invocation.proceed();
        log.writeWithCall(
                AuditInterceptor.event(
                        invocation, AuditInterceptor.binding(invocation), entry, Outcome.ALLOWED, caller, clock),
                entry::writtenWithCall);
        return result;
    }
}
