package org.thaw.platform.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates Thaw's database roles and applies the migrations.
 *
 * <p>Two roles: the schema owner, which Flyway connects as, and the application role, which the
 * wars connect as and which holds only the grants the migrations give it (no DDL, no update or
 * delete of audit rows).
 *
 * <pre>
 * DatabaseSetup.ensureRolesAndDatabase(adminUrl, "postgres", "", "thaw", owner, app);
 * DatabaseSetup.migrate(jdbcUrl("localhost", 5432, "thaw"), owner, app.user());
 * </pre>
 */
public final class DatabaseSetup {

    /** The schema every table lives in (Hibernate's {@code default_schema} says the same). */
    public static final String SCHEMA = "thaw";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_]{1,63}");

    /** A role name and its password. Both are restricted to letters, digits and '_'. */
    public record Login(String user, String password) {
        public Login {
            requireSafe("role name", user);
            requireSafe("password", password);
        }

        @Override
        public String toString() {
            return "Login[user=" + user + "]";
        }
    }

    private DatabaseSetup() {}

    public static String jdbcUrl(String host, int port, String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /**
     * As a superuser: creates (or re-passwords) the owner and application roles and the
     * database owned by the owner; the application role may only connect. Idempotent.
     */
    public static void ensureRolesAndDatabase(
            String adminUrl, String adminUser, String adminPassword, String database, Login owner, Login app)
            throws SQLException {
        requireSafe("database name", database);
        try (Connection c = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
                Statement s = c.createStatement()) {
            ensureRole(c, s, owner);
            ensureRole(c, s, app);
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                s.execute("create database " + database + " owner " + owner.user() + " encoding 'UTF8'");
            }
            s.execute("revoke all on database " + database + " from public");
            s.execute("grant connect on database " + database + " to " + app.user());
            s.execute("alter role " + app.user() + " in database " + database + " set search_path = " + SCHEMA);
        }
    }

    /**
     * As the schema owner: applies pending migrations, which also grant the application role
     * what it needs.
     */
    public static MigrateResult migrate(String jdbcUrl, Login owner, String appRole) {
        requireSafe("role name", appRole);
        return Flyway.configure(DatabaseSetup.class.getClassLoader())
                .dataSource(jdbcUrl, owner.user(), owner.password())
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appRole))
                .validateMigrationNaming(true)
                .load()
                .migrate();
    }

    private static void ensureRole(Connection c, Statement s, Login login) throws SQLException {
        String verb = exists(c, "select 1 from pg_roles where rolname = ?", login.user()) ? "alter" : "create";
        s.execute(verb + " role " + login.user() + " login password '" + login.password() + "'");
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void requireSafe(String what, String value) {
        if (value == null || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1-63 letters, digits or '_'");
        }
    }
}
