package org.thaw.deploy.e2e;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import org.thaw.deploy.Settings;
import org.thaw.deploy.Stack;

/**
 * The whole stack, started once per test run on the test ports with a fresh temporary data folder
 * (never a running local instance's), and stopped when the test JVM ends. Its notification e-mails
 * go to an SMTP server in this JVM ({@link #mail()}), started first.
 */
public final class TestStack {

    private static Stack stack;
    private static GreenMail mail;
    private static Throwable failure;

    private TestStack() {}

    public static synchronized Stack get() {
        if (failure != null) {
            throw new IllegalStateException("the stack failed to start earlier", failure);
        }
        if (stack == null) {
            try {
                Path data = Files.createTempDirectory("thaw-e2e-");
                mail = startMail(Integer.getInteger("thaw.test.smtp.port", 13025));
                Settings settings = Settings.fromEnvironment()
                        .withPortsAndData(
                                Integer.getInteger("thaw.test.http.port", 18080),
                                Integer.getInteger("thaw.test.keycloak.port", 18180),
                                Integer.getInteger("thaw.test.db.port", 15433),
                                data)
                        .withEnv(Map.of(
                                // a grid port of its own, next to LauncherIT's and ClusterIT's
                                "THAW_HAZELCAST_PORT",
                                String.valueOf(Integer.getInteger("thaw.test.hazelcast.port", 16900) + 10),
                                "THAW_SMTP_HOST",
                                "127.0.0.1",
                                "THAW_SMTP_PORT",
                                String.valueOf(mail.getSmtp().getPort())));
                stack = Stack.start(settings);
                Stack started = stack;
                GreenMail smtp = mail;
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(
                                () -> {
                                    started.close();
                                    smtp.stop();
                                    deleteQuietly(data);
                                },
                                "thaw-e2e-stack-stop"));
            } catch (Exception | Error e) {
                failure = e;
                if (mail != null) {
                    mail.stop();
                }
                throw new IllegalStateException("the stack did not start", e);
            }
        }
        return stack;
    }

    /** GreenMail on loopback at the test port, or on any free port when that one is taken. */
    private static GreenMail startMail(int port) {
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try {
            smtp.start();
            return smtp;
        } catch (RuntimeException taken) {
            smtp.stop();
            GreenMail any = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
            any.start();
            return any;
        }
    }

    /** The SMTP server the stack sends its notification e-mails to (every address accepted, kept in memory). */
    public static GreenMail mail() {
        get();
        return mail;
    }

    /** The data folder is throwaway (hundreds of MB with Keycloak unpacked): removed after the run. */
    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temp folder is harmless
        }
    }

    public static String baseUrl() {
        return get().settings().baseUrl();
    }

    public static String issuer() {
        return get().settings().issuer();
    }
}
