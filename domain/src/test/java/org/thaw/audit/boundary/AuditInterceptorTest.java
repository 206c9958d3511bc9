package org.thaw.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thaw.audit.control.AuditLog;
import org.thaw.audit.entity.AuditEvent;
import org.thaw.audit.entity.Outcome;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * One audit event per audited call, whatever the call's outcome. The container's part (the
 * interceptor binding, the separate transaction) is proven by the integration test; this one pins
 * down what the event says.
 */
class AuditInterceptorTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:30:00Z");
    private static final UUID ANNA = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID BERT = UUID.fromString("00000000-0000-4000-8000-00000000000b");

    private final List<AuditEvent> written = new ArrayList<>();
    private final AuditInterceptor interceptor = new AuditInterceptor();
    private final Caller caller = new Caller();

    @BeforeEach
    void wire() {
        interceptor.audit = new Audit();
        interceptor.caller = caller;
        interceptor.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        interceptor.log = new RecordingLog(true);
        caller.identify("sub-anna", "anna", "Anna", List.of("patient"));
    }

    @Test
    void aCompletedCallIsAllowedAndNamesThePatientItTouched() throws Exception {
        Object result = interceptor.audit(call("readPatient", () -> {
            interceptor.audit.concerns(ANNA).record(ANNA);
            return "profile";
        }));

        assertEquals("profile", result);
        AuditEvent event = onlyEvent();
        assertEquals(Outcome.ALLOWED, event.outcome());
        assertEquals(ANNA, event.patientId());
        assertEquals("anna", event.actorUsername());
        assertEquals("READ", event.action());
        assertEquals("patient", event.recordType());
        assertEquals(NOW, event.occurredAt());
    }

    @Test
    void aRoleRefusalIsDeniedAndReachesTheCallerUnchanged() {
        AccessDeniedException refusal = new AccessDeniedException("needs clinician");

        AccessDeniedException thrown = assertThrows(
                AccessDeniedException.class,
                () -> interceptor.audit(call("readPatient", () -> {
                    throw refusal;
                })));

        assertSame(refusal, thrown);
        assertEquals(Outcome.DENIED, onlyEvent().outcome());
        assertNull(onlyEvent().patientId());
    }

    @Test
    void aRecordThatIsNotTheCallersIsDenied() {
        assertThrows(
                RecordNotFoundException.class,
                () -> interceptor.audit(call("readPatient", () -> {
                    throw new RecordNotFoundException("patient");
                })));

        assertEquals(Outcome.DENIED, onlyEvent().outcome());
    }

    @Test
    void anyOtherExceptionIsAFailureAndStillNamesThePatient() {
        assertThrows(
                IllegalArgumentException.class,
                () -> interceptor.audit(call("readPatient", () -> {
                    interceptor.audit.concerns(BERT);
                    throw new IllegalArgumentException("bad input");
                })));

        assertEquals(Outcome.FAILED, onlyEvent().outcome());
        assertEquals(BERT, onlyEvent().patientId());
    }

    @Test
    void aRecordTypeNamedByTheMethodWinsOverTheAnnotation() throws Exception {
        interceptor.audit(call("readPatient", () -> interceptor.audit.record("journal_entry", 12)));

        assertEquals("journal_entry", onlyEvent().recordType());
    }

    @Test
    void anActionNamedByTheMethodWinsOverTheAnnotation() throws Exception {
        interceptor.audit(call("untyped", () -> interceptor.audit.action(AuditAction.CREATE)));

        assertEquals("CREATE", onlyEvent().action());
    }

    @Test
    void aCallThatFailsBeforeNamingItsActionIsRecordedWithTheAnnotationsAction() {
        assertThrows(
                IllegalArgumentException.class,
                () -> interceptor.audit(call("untyped", () -> {
                    throw new IllegalArgumentException("numbness must be between 0 and 10");
                })));

        assertEquals("UPDATE", onlyEvent().action());
        assertEquals(Outcome.FAILED, onlyEvent().outcome());
    }

    @Test
    void withoutAnyRecordTypeTheMethodNameStandsIn() throws Exception {
        interceptor.audit(call("untyped", () -> null));

        assertEquals("untyped", onlyEvent().recordType());
        assertEquals("UPDATE", onlyEvent().action());
    }

    @Test
    void anAnnotationOnTheClassAppliesToItsMethods() throws Exception {
        interceptor.audit(new Invocation(ClassLevel.class.getMethod("list"), () -> null));

        assertEquals("LIST", onlyEvent().action());
        assertEquals("caseload", onlyEvent().recordType());
    }

    @Test
    void anAnonymousCallIsRecordedWithoutAnActor() throws Exception {
        Caller nobody = new Caller();
        interceptor.caller = nobody;

        interceptor.audit(call("readPatient", () -> null));

        assertNull(onlyEvent().actorUsername());
        assertEquals(Outcome.ALLOWED, onlyEvent().outcome());
    }

    @Test
    void nestedAuditedCallsEachLeaveTheirOwnEvent() throws Exception {
        interceptor.audit(call("readPatient", () -> {
            interceptor.audit.concerns(ANNA);
            interceptor.audit(call("readPatient", () -> interceptor.audit.concerns(BERT)));
            interceptor.audit.record(ANNA);
            return null;
        }));

        assertEquals(2, written.size());
        assertEquals(BERT, written.get(0).patientId(), "the inner call ends first");
        assertEquals(ANNA, written.get(1).patientId(), "the outer call keeps its own patient");
    }

    @Test
    void whenTheAuditEventCannotBeWrittenTheDataDoesNotLeave() {
        interceptor.log = failingLog();
        IllegalStateException thrown =
                assertThrows(IllegalStateException.class, () -> interceptor.audit(call("readPatient", () -> "chart")));
        assertEquals("the audit event could not be written", thrown.getMessage());
    }

    @Test
    void aRefusalStaysTheRefusalEvenWhenTheAuditWriteFails() {
        interceptor.log = failingLog();
        AccessDeniedException thrown = assertThrows(
                AccessDeniedException.class,
                () -> interceptor.audit(call("readPatient", () -> {
                    throw new AccessDeniedException("no");
                })));
        assertEquals(1, thrown.getSuppressed().length, "the audit failure travels with it");
    }

    private static AuditLog failingLog() {
        return new AuditLog() {
            @Override
            public void write(AuditEvent event) {
                throw new IllegalStateException("database down");
            }

            @Override
            public boolean outsideTransaction() {
                return false;
            }
        };
    }

    @Test
    void aCallCompletedInItsOwnTransactionHasItsEventWrittenThereOnlyOnce() throws Exception {
        RecordingLog log = new RecordingLog(true);
        interceptor.log = log;
        AuditWithCall inner = inner(log);

        Object result = interceptor.audit(call("readPatient", () -> {
            log.transactionBegun = true;
            return inner.audit(call("readPatient", () -> {
                interceptor.audit.concerns(ANNA).record(ANNA);
                return "profile";
            }));
        }));

        assertEquals("profile", result);
        assertEquals(1, log.withCall.size(), "written in the call's transaction");
        assertEquals(Outcome.ALLOWED, log.withCall.get(0).outcome());
        assertEquals(ANNA, log.withCall.get(0).patientId());
        assertEquals(List.of(), written, "and not again in a transaction of its own");
    }

    @Test
    void whenTheCallsTransactionDoesNotCommitItsEventIsWrittenApartAsAFailure() {
        RecordingLog log = new RecordingLog(false);
        interceptor.log = log;
        AuditWithCall inner = inner(log);
        IllegalStateException commitFailed = new IllegalStateException("commit failed");

        assertThrows(
                IllegalStateException.class,
                () -> interceptor.audit(call("readPatient", () -> {
                    log.transactionBegun = true;
                    inner.audit(call("readPatient", () -> interceptor.audit.concerns(ANNA)));
                    throw commitFailed; // as the transaction's end reports a commit that failed
                })));

        assertEquals(Outcome.FAILED, onlyEvent().outcome(), "the event rolled back with the call is written apart");
        assertEquals(ANNA, onlyEvent().patientId());
    }

    @Test
    void aCallThatJoinsItsCallersTransactionHasItsEventWrittenApart() throws Exception {
        RecordingLog log = new RecordingLog(true);
        log.transactionBegun = true; // the caller's transaction runs already
        interceptor.log = log;
        AuditWithCall inner = inner(log);

        interceptor.audit(call("readPatient", () -> inner.audit(call("readPatient", () -> "chart"))));

        assertEquals(List.of(), log.withCall);
        assertEquals(Outcome.ALLOWED, onlyEvent().outcome());
    }

    private AuditWithCall inner(AuditLog log) {
        AuditWithCall inner = new AuditWithCall();
        inner.audit = interceptor.audit;
        inner.caller = caller;
        inner.clock = interceptor.clock;
        inner.log = log;
        return inner;
    }

    /**
     * An audit log that keeps what it is given: events written apart in {@code written}, events
     * written with the call in {@link #withCall}, whose transaction then commits or not.
     */
    private final class RecordingLog extends AuditLog {
        final List<AuditEvent> withCall = new ArrayList<>();
        final boolean commits;
        boolean transactionBegun;

        RecordingLog(boolean commits) {
            this.commits = commits;
        }

        @Override
        public void write(AuditEvent event) {
            written.add(event);
        }

        @Override
        public boolean outsideTransaction() {
            return !transactionBegun;
        }

        @Override
        public void writeWithCall(AuditEvent event, Consumer<Boolean> completed) {
            withCall.add(event);
            completed.accept(commits);
        }
    }

    private AuditEvent onlyEvent() {
        assertEquals(1, written.size(), "one audit event per call");
        return written.get(0);
    }

    private static Invocation call(String method, Callable<Object> body) throws NoSuchMethodException {
        return new Invocation(Boundary.class.getMethod(method), body);
    }

    /** Stands in for a boundary: the interceptor reads only the annotations. */
    public static class Boundary {
        @Audited(action = AuditAction.READ, recordType = "patient")
        public void readPatient() {}

        @Audited(action = AuditAction.UPDATE)
        public void untyped() {}
    }

    @Audited(action = AuditAction.LIST, recordType = "caseload")
    public static class ClassLevel {
        public void list() {}
    }

    private static final class Invocation implements InvocationContext {
        private final Method method;
        private final Callable<Object> body;
        private final Map<String, Object> data = new HashMap<>();

        Invocation(Method method, Callable<Object> body) {
            this.method = method;
            this.body = body;
        }

        @Override
        public Object getTarget() {
            return null;
        }

        @Override
        public Object getTimer() {
            return null;
        }

        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Constructor<?> getConstructor() {
            return null;
        }

        @Override
        public Object[] getParameters() {
            return new Object[0];
        }

        @Override
        public void setParameters(Object[] params) {
            // no parameters
        }

        @Override
        public Map<String, Object> getContextData() {
            return data;
        }

        @Override
        public Object proceed() throws Exception {
            return body.call();
        }
    }
}
