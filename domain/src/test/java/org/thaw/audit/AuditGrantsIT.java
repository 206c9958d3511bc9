package org.thaw.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thaw.testing.IntegrationDatabase;

/**
 * The audit trail is append-only for the application: the migrations grant its role insert and
 * select on {@code audit_event}, nothing more, and no DDL anywhere. Checked against the real
 * migrated database, connected as the application role the wars use.
 */
class AuditGrantsIT {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private Connection app;

    @BeforeEach
    void connectAsTheApplication() throws SQLException {
        app = DriverManager.getConnection(
                System.getProperty(IntegrationDatabase.URL),
                System.getProperty(IntegrationDatabase.USER),
                System.getProperty(IntegrationDatabase.PASSWORD));
        // Every statement runs in a transaction that is rolled back: the other tests' rows stay as they are.
        app.setAutoCommit(false);
    }

    @AfterEach
    void rollBack() throws SQLException {
        app.rollback();
        app.close();
    }

    @Test
    void theApplicationMayAppendAnAuditEvent() throws SQLException {
        try (Statement s = app.createStatement()) {
            int inserted = s.executeUpdate("insert into thaw.audit_event"
                    + " (occurred_at, actor_username, actor_role, action, record_type, outcome)"
                    + " values (now(), 'dr.one', 'clinician', 'READ', 'patient', 'ALLOWED')");
            assertEquals(1, inserted);
            try (ResultSet rs =
                    s.executeQuery("select count(*) from thaw.audit_event where actor_username = 'dr.one'")) {
                assertTrue(rs.next() && rs.getLong(1) >= 1, "the application reads back what it wrote");
            }
        }
    }

    @Test
    void theApplicationMayNotRewriteAnAuditEvent() {
        assertRefused("update thaw.audit_event set outcome = 'ALLOWED' where outcome = 'DENIED'");
    }

    @Test
    void theApplicationMayNotDeleteAuditEvents() {
        assertRefused("delete from thaw.audit_event where actor_username = 'pat.one'");
    }

    @Test
    void theApplicationMayNotTruncateTheAuditTrail() {
        assertRefused("truncate thaw.audit_event");
    }

    @Test
    void theApplicationMayNotCreateTablesInTheThawSchema() {
        assertRefused("create table thaw.shadow_audit (id bigint)");
    }

    @Test
    void theApplicationMayNotCreateTablesInThePublicSchemaEither() {
        assertRefused("create table public.shadow_audit (id bigint)");
    }

    @Test
    void theApplicationMayNotAlterTheAuditTable() {
        assertRefused("alter table thaw.audit_event drop constraint audit_event_outcome_check");
    }

    @Test
    void theApplicationFindsThawTablesWithoutSchemaPrefix() throws SQLException {
        // the fixture's patients: a test may commit a patient of its own (the screener and safety answer tests do)
        try (Statement s = app.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*) from patient where username in ('pat.one', 'pat.two', 'pat.three')")) {
            rs.next();
            assertEquals(3, rs.getLong(1));
        }
    }

    private void assertRefused(String sql) {
        SQLException refused = assertThrows(SQLException.class, () -> {
            try (Statement s = app.createStatement()) {
                s.execute(sql);
            }
        });
        assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
    }
}
