package org.thaw.integration.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
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
}
