package org.thaw.deploy.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import org.thaw.deploy.Settings;
import org.thaw.deploy.Stack;

/**
 * The whole stack, started once per test run on the test ports with a fresh temporary data folder
 * (never a running local instance's), and stopped when the test JVM ends.
 */
public final class TestStack {

    private static Stack stack;
    private static Throwable failure;

    private TestStack() {}

    public static synchronized Stack get() {
        if (failure != null) {
            throw new IllegalStateException("the stack failed to start earlier", failure);
        }
        if (stack == null) {
            try {
                Path data = Files.createTempDirectory("thaw-e2e-");
                Settings settings = Settings.fromEnvironment().withPortsAndData(
                        Integer.getInteger("thaw.test.http.port", 18080),
                        Integer.getInteger("thaw.test.keycloak.port", 18180),
                        Integer.getInteger("thaw.test.db.port", 15433),
                        data);
                stack = Stack.start(settings);
                Stack started = stack;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    started.close();
                    deleteQuietly(data);
                }, "thaw-e2e-stack-stop"));
            } catch (Exception | Error e) {
                failure = e;
                throw new IllegalStateException("the stack did not start", e);
            }
        }
        return stack;
    }

    /** The data folder is throwaway (hundreds of MB with Keycloak unpacked): removed after the run. */
    private static void deleteQuietly(Path root) {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
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
