package org.thaw.integration.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures are the database being away (answered 503 with Retry-After) and which are faults (500). */
class ProblemMappersTest {

    @ParameterizedTest(name = "SQLSTATE {0}")
    @ValueSource(strings = {"08001", "08006", "57P01", "57014", "53300"})
    void aDatabaseThatIsAwayStoppedOrTooSlowIsUnavailableNotAFault(String sqlState) {
        assertTrue(ProblemMappers.databaseUnavailable(
                new PersistenceException("could not execute", new SQLException("away", sqlState))));
    }

    @Test
    void aHungOrRefusingDatabaseIsUnavailableToo() {
        assertTrue(ProblemMappers.databaseUnavailable(
                new PersistenceException(new SocketTimeoutException("Read timed out"))));
        assertTrue(ProblemMappers.databaseUnavailable(new IllegalStateException(new ConnectException("refused"))));
    }

    @Test
    void aRealFaultIsNot() {
        assertFalse(ProblemMappers.databaseUnavailable(new PersistenceException(new SQLException("syntax", "42601"))));
        assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException("bug")));
    }

    /**
     * Found by the security campaign with the database paused: a thread was stored, then the audit
     * event's own transaction lost the database at commit and the audit interceptor wrapped that in
     * an IllegalStateException. The answer was a plain 500 for a stored write; the mapper now finds
     * the lost commit among the causes and answers the 503 that says the save could not be
     * confirmed (a retry with the same key finds it).
     */
    @Test
    void aCommitLostUnderTheAuditInterceptorIsFoundAmongTheCauses() {
        TransactionalException lost = new TransactionalException(
                "Managed bean with Transactional annotation and TxType of REQUIRES_NEW encountered exception during"
                        + " commit jakarta.transaction.SystemException",
                new SystemException("commit"));
        assertSame(
                lost,
                ProblemMappers.lostCommitAmong(
                        new IllegalStateException("the audit event could not be written", lost)));
    }

    @Test
    void aTransactionThatFailedForAnotherReasonIsNotALostCommit() {
        assertNull(ProblemMappers.lostCommitAmong(new IllegalStateException(
                new TransactionalException("rolled back", new IllegalStateException("bug")))));
        assertNull(ProblemMappers.lostCommitAmong(new IllegalStateException("bug")));
    }
}
