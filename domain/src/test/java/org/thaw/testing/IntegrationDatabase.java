package org.thaw.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.thaw.platform.schema.DatabaseSetup;
import org.thaw.platform.schema.DatabaseSetup.Login;

/**
 * One throwaway PostgreSQL for all integration tests of a run: fresh data folder, Thaw's roles,
 * the real migrations, then {@link Fixture}.
 *
 * <p>It is a launcher session listener rather than a JUnit extension because the Payara Micro
 * that Arquillian starts needs the database's URL and login as JVM options: Arquillian reads them
 * from {@code arquillian.xml} as {@code ${thaw.db.url}}, {@code ${thaw.db.user}} and {@code
 * ${thaw.db.password}} when the first test class starts, and a session listener has set those
 * system properties by then. The tests read the same properties.
 *
 * <p>Active only when the system property {@code thaw.it} is {@code true} (failsafe sets it), so
 * unit test runs never start a database. The port comes from {@code thaw.it.db.port}.
 */
public final class IntegrationDatabase implements LauncherSessionListener {

    public static final String URL = "thaw.db.url";
    public static final String USER = "thaw.db.user";
    public static final String PASSWORD = "thaw.db.password";

    private static final Logger LOG = Logger.getLogger(IntegrationDatabase.class.getName());
    private static final String DATABASE = "thaw";
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("thaw.it") || postgres != null) {
            return;
        }
        try {
            // the build may point java.io.tmpdir into target/, which a clean build has emptied
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            start(Integer.getInteger("thaw.it.db.port", 15434));
        } catch (Exception | Error e) {
            stop();
            throw new IllegalStateException("The integration test database did not start", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    private void start(int port) throws IOException, SQLException {
        long t0 = System.nanoTime();
        Path dataDir = Files.createTempDirectory("thaw-it-pg");
        postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                // a throwaway database: durability only costs time
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();

        Login owner = new Login("thaw_owner", secret());
        Login app = new Login("thaw_app", secret());
        DatabaseSetup.ensureRolesAndDatabase(
                postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", DATABASE, owner, app);
        String url = DatabaseSetup.jdbcUrl("localhost", port, DATABASE);
        DatabaseSetup.migrate(url, owner, app.user());
        try (Connection c = DriverManager.getConnection(url, owner.user(), owner.password())) {
            Fixture.insertInto(c);
        }

        System.setProperty(URL, url);
        System.setProperty(USER, app.user());
        System.setProperty(PASSWORD, app.password());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        LOG.info(() -> "Integration test database ready on port " + port + " in " + millis + " ms");
    }

    private void stop() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("The integration test database did not stop cleanly: " + e);
        } finally {
            postgres = null;
        }
    }

    private static String secret() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
