package org.thaw.platform.schema;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.thaw.platform.schema.DatabaseSetup.Login;

/**
 * Role names and passwords end up inside DDL (CREATE ROLE cannot take bind parameters), so only
 * letters, digits and '_' get through.
 */
class DatabaseSetupTest {

    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/nowhere";

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"it's", "pw' superuser --", "two words", "semi;colon", "dash-ed", "quote\"d", "ünïcode"})
    void aPasswordThatCouldBreakOutOfTheStatementIsRefused(String password) {
        assertThrows(IllegalArgumentException.class, () -> new Login("thaw_app", password));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"thaw app", "thaw_app; drop database thaw", "\"thaw_app\"", "thaw-app"})
    void aRoleNameThatIsNotAPlainIdentifierIsRefused(String user) {
        assertThrows(IllegalArgumentException.class, () -> new Login(user, "secret"));
    }

    @Test
    void namesLongerThanPostgresKeepsAreRefused() {
        String sixtyThree = "a".repeat(63);

        assertDoesNotThrow(() -> new Login(sixtyThree, sixtyThree));
        assertThrows(IllegalArgumentException.class, () -> new Login("a".repeat(64), "secret"));
    }

    @Test
    void lettersDigitsAndUnderscoresAreAccepted() {
        Login login = new Login("thaw_App2", "Xy_09az");

        assertEquals("thaw_App2", login.user());
        assertEquals("Xy_09az", login.password());
    }

    @Test
    void theRefusalDoesNotEchoThePassword() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> new Login("thaw_app", "hunter2 secret"));

        assertFalse(refused.getMessage().contains("hunter2"), refused.getMessage());
    }

    @Test
    void toStringNamesTheRoleButHidesThePassword() {
        String printed = new Login("thaw_owner", "s3cretPassw0rd").toString();

        assertEquals("Login[user=thaw_owner]", printed);
        assertFalse(printed.contains("s3cretPassw0rd"));
    }

    @Test
    void anUnsafeDatabaseNameIsRefusedBeforeAnyConnection() {
        Login owner = new Login("thaw_owner", "pw");
        Login app = new Login("thaw_app", "pw");

        assertThrows(
                IllegalArgumentException.class,
                () -> DatabaseSetup.ensureRolesAndDatabase(
                        UNREACHABLE, "postgres", "", "thaw; drop database postgres", owner, app));
    }

    @Test
    void anUnsafeApplicationRoleIsRefusedBeforeMigrating() {
        Login owner = new Login("thaw_owner", "pw");

        assertThrows(
                IllegalArgumentException.class,
                () -> DatabaseSetup.migrate(UNREACHABLE, owner, "public; drop schema thaw"));
    }

    @Test
    void theJdbcUrlNamesHostPortAndDatabase() {
        assertEquals("jdbc:postgresql://localhost:15434/thaw", DatabaseSetup.jdbcUrl("localhost", 15434, "thaw"));
    }
}
