package org.thaw.deploy.security;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.Map;
import org.thaw.deploy.Settings;
import org.thaw.deploy.Stack;
import org.thaw.platform.schema.DatabaseSetup;

/**
 * The campaign's own stack: the end-to-end tests' set-up (a fresh temporary data folder, an SMTP
 * server in this JVM catching the notification e-mails) on the campaign's own ports, so that it
 * can run while a normal {@code verify} (18080, 18180, 15433, 13025), the benchmark (28080...) or
 * a local instance (8080...) is running. Keycloak's management port is its port + 1000 (32180).
 * All stay below 32768, where Linux starts handing out ports to outgoing connections: a port
 * up there can be taken by any client socket of the moment, and the server then fails to bind.
 */
final class CampaignStack implements AutoCloseable {

    static final int HTTP = Integer.getInteger("security.http.port", 31080);
    static final int KEYCLOAK = Integer.getInteger("security.keycloak.port", 31180);
    static final int DB = Integer.getInteger("security.db.port", 31433);
    static final int SMTP = Integer.getInteger("security.smtp.port", 31025);

    private final Path data;
    private final GreenMail mail;
    private final Stack stack;

    private CampaignStack(Path data, GreenMail mail, Stack stack) {
        this.data = data;
        this.mail = mail;
        this.stack = stack;
    }

    /**
     * The mail catcher's threads. The kill -9 and outage parts cut Payara off mid-mail, which ends
     * the catcher's handler thread with "Connection reset": expected, and not a result. In the
     * campaign's own thread group such an exception would fail the whole run after every probe
     * passed, so the catcher runs in a group of its own that only logs it.
     */
    private static final ThreadGroup MAIL_THREADS = new ThreadGroup("smtp-catcher") {
        @Override
        public void uncaughtException(Thread t, Throwable e) {
            System.out.println("SMTP catcher: a connection ended abruptly (" + e + "), as a killed server leaves it");
        }
    };

    /** GreenMail created and started from a thread of {@link #MAIL_THREADS}, so that all its threads belong there. */
    private static GreenMail startMail() throws InterruptedException {
        GreenMail[] mail = new GreenMail[1];
        RuntimeException[] failed = new RuntimeException[1];
        Thread starter = new Thread(
                MAIL_THREADS,
                () -> {
                    try {
                        mail[0] = new GreenMail(new ServerSetup(SMTP, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                        mail[0].start();
                    } catch (RuntimeException e) {
                        failed[0] = e;
                    }
                },
                "smtp-catcher-start");
        starter.start();
        starter.join();
        if (failed[0] != null) {
            if (mail[0] != null) {
                mail[0].stop();
            }
            throw failed[0];
        }
        return mail[0];
    }

    static CampaignStack start() throws Exception {
        GreenMail mail = startMail();
        Path data;
        try {
            data = Files.createTempDirectory("thaw-security-");
        } catch (IOException e) {
            mail.stop();
            throw e;
        }
        try {
            Settings settings = Settings.fromEnvironment()
                    .withPortsAndData(HTTP, KEYCLOAK, DB, data)
                    .withEnv(Map.of("THAW_SMTP_HOST", "127.0.0.1", "THAW_SMTP_PORT", String.valueOf(SMTP)));
            return new CampaignStack(data, mail, Stack.start(settings));
        } catch (Exception | Error e) {
            mail.stop();
            delete(data);
            throw e;
        }
    }

    String baseUrl() {
        return stack.settings().baseUrl();
    }

    String issuer() {
        return stack.settings().issuer();
    }

    /** The running stack, for the reliability parts: they kill, stop and start its servers. */
    Stack stack() {
        return stack;
    }

    /** A connection as the schema owner, to count what the apps stored. */
    Connection owner() throws SQLException {
        Connection c = DriverManager.getConnection(stack.appJdbcUrl(), stack.ownerUser(), stack.ownerPassword());
        c.setSchema(DatabaseSetup.SCHEMA);
        return c;
    }

    /** Stops everything and keeps the servers' logs in {@code output} (the data folder itself is deleted). */
    void close(Path output) {
        stack.close();
        mail.stop();
        try {
            Path logs = data.resolve("logs");
            if (Files.isDirectory(logs)) {
                Files.createDirectories(output.resolve("logs"));
                try (var files = Files.list(logs)) {
                    for (Path log : files.toList()) {
                        Files.copy(log, output.resolve("logs").resolve(log.getFileName()), REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the logs are a help, not a result
        }
        delete(data);
    }

    @Override
    public void close() {
        stack.close();
        mail.stop();
        delete(data);
    }

    /** The data folder is throwaway (hundreds of MB with Keycloak unpacked). */
    private static void delete(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temp folder is harmless
        }
    }
}
