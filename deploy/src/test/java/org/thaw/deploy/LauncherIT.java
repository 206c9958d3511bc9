package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher as an operator runs it ({@code Launcher run} in a JVM of its own, on ports of its
 * own next to the end-to-end stack's: each test port + 1, and a data folder of its own): Payara killed
 * with {@code kill -9} is named with how it ended and started again, and once the launcher is
 * stopped nothing of the stack is left running.
 */
class LauncherIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final int http = Integer.getInteger("thaw.test.http.port", 18080) + 1;
    private final int keycloak = Integer.getInteger("thaw.test.keycloak.port", 18180) + 1;
    private final int db = Integer.getInteger("thaw.test.db.port", 15433) + 1;
    private final int grid = Integer.getInteger("thaw.test.hazelcast.port", 16900) + 20;
    private final List<String> output = new ArrayList<>();
    private Path data;
    private Process launcher;

    @BeforeEach
    void start() throws IOException {
        data = freshDataFolder();
        launcher = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Dthaw.data.dir=" + data,
                        "-Dthaw.http.port=" + http,
                        "-Dthaw.keycloak.port=" + keycloak,
                        "-Dthaw.db.port=" + db,
                        "-Dthaw.hazelcast.port=" + grid,
                        "-Dthaw.runtime=" + System.getProperty("thaw.runtime"),
                        "-Dthaw.keycloak.version=" + System.getProperty("thaw.keycloak.version"),
                        Launcher.class.getName(),
                        "run")
                .redirectErrorStream(true)
                .start();
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = in.readLine()) != null) {
                            System.out.println("[launcher] " + line);
                            synchronized (output) {
                                output.add(line);
                                output.notifyAll();
                            }
                        }
                    } catch (IOException ended) {
                        // the launcher is gone
                    }
                },
                "launcher-output");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterEach
    void stop() {
        if (launcher != null && launcher.isAlive()) {
            List<ProcessHandle> tree = launcher.descendants().toList();
            launcher.destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    /**
     * The launcher's data folder of the tests that run it whole (this one and {@link ClusterIT},
     * never at once), in target/: emptied but for the unpacked Keycloak, whose one-off build step
     * (minutes on a busy machine) is then paid once, not by every run. Keycloak's own database goes
     * too: the stack's secrets (its administrator's password among them) are made anew, and a kept
     * database would still know the last run's administrator.
     */
    static Path freshDataFolder() throws IOException {
        Path data = Path.of(System.getProperty("thaw.runtime")).resolveSibling("launcher-it");
        Files.createDirectories(data);
        try (var entries = Files.list(data)) {
            for (Path entry : entries.toList()) {
                if (!entry.getFileName().toString().equals("keycloak")) {
                    deleteTree(entry);
                }
            }
        }
        try (var homes = Files.list(data.resolve("keycloak"))) {
            for (Path home : homes.toList()) {
                deleteTree(home.resolve("data"));
            }
        } catch (java.nio.file.NoSuchFileException noKeycloakYet) {
            // the first run unpacks it
        }
        return data;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void payara_killed_hard_is_named_and_started_again_and_stopping_leaves_nothing_running() throws Exception {
        awaitLine(l -> l.contains("Thaw is running"), Duration.ofMinutes(15));
        everyApiAnswersAtOnce();
        List<InetAddress> gridListeners = Listeners.on(grid);
        assertTrue(
                Listeners.loopbackOnly(gridListeners),
                () -> "Payara Micro's data grid listens on loopback only, port " + grid + ": " + gridListeners);

        ProcessHandle payara = payara().orElseThrow(() -> new AssertionError("no Payara Micro under the launcher"));
        Set<ProcessHandle> everything = new HashSet<>(launcher.descendants().toList());
        payara.destroyForcibly(); // SIGKILL, as kill -9
        awaitLine(l -> l.contains("Payara Micro exited: killed by signal 9 (SIGKILL)"), Duration.ofSeconds(30));
        awaitLine(l -> l.contains("Starting Payara Micro again (restart 1 of 3"), Duration.ofSeconds(30));
        awaitLine(l -> l.contains("Payara Micro is running again"), Duration.ofMinutes(10));

        ProcessHandle second = payara().orElseThrow(() -> new AssertionError("Payara Micro was not started again"));
        assertNotEquals(payara.pid(), second.pid());
        assertEquals(302, get("/portal/").statusCode(), "the portal answers again (a redirect to sign-in)");

        everything.addAll(launcher.descendants().toList());
        long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                .get(0)
                .trim());
        ProcessHandle.of(postmaster).ifPresent(everything::add);

        // SIGTERM, as Ctrl-C or a service manager would; through the handle, since Process.destroy()
        // also closes this end of the launcher's output, and its last lines would go unread
        launcher.toHandle().destroy();
        assertTrue(launcher.waitFor(2, TimeUnit.MINUTES), "the launcher stops within 2 minutes");
        awaitLine("Stopped."::equals, Duration.ofSeconds(10));
        // a process may still be on its way out the moment the launcher is gone: give it 30 s
        Instant deadline = Instant.now().plusSeconds(30);
        while (everything.stream().anyMatch(ProcessHandle::isAlive)
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        List<String> left = everything.stream()
                .filter(ProcessHandle::isAlive)
                .map(h -> h.pid() + " " + h.info().commandLine().orElse("?"))
                .toList();
        assertEquals(List.of(), left, "processes of the stack still running after the launcher stopped");
        for (int port : List.of(http, keycloak, db, grid)) {
            assertFalse(listening(port), "something still listens on port " + port);
        }
    }

    /**
     * "Thaw is running" means every page and API answers: the APIs answer a signed-in caller at
     * once (before readiness, they answered Payara's HTML 404 for some seconds after the pages
     * did), and readiness tells names and UP only.
     */
    private void everyApiAnswersAtOnce() throws Exception {
        HttpResponse<String> me = get("/portal/api/me", token("alex"));
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), me::body);
        HttpResponse<String> caseload = get("/clinician/api/caseload", token("dr.rivera"));
        assertEquals(200, caseload.statusCode(), caseload::body);

        HttpResponse<String> ready = get(PayaraServer.READINESS);
        assertEquals(200, ready.statusCode(), ready::body);
        for (String war : List.of("portal", "clinician")) {
            for (String check : List.of("-database", "-keycloak-keys", "-rest-api")) {
                assertTrue(ready.body().contains("\"" + war + check + "\""), () -> war + check + " in " + ready.body());
            }
        }
        assertFalse(
                Pattern.compile("\"data\"\\s*:\\s*\\{\\s*\"")
                        .matcher(ready.body())
                        .find(),
                () -> "readiness tells names and UP only, no data: " + ready.body());
        assertEquals(200, get("/health/live").statusCode());
    }

    /** An access token of a demo user (the local realm's script client, password grant). */
    private String token(String user) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                "http://localhost:" + keycloak + "/realms/thaw/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=thaw-cli&scope=openid"
                                + "&username=" + user + "&password=thaw-demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertTrue(token.find(), response::body);
        return token.group(1);
    }

    private Optional<ProcessHandle> payara() {
        return launcher.descendants()
                .filter(ProcessHandle::isAlive)
                .filter(h -> h.info().commandLine().orElse("").contains("payara-micro.jar"))
                .findFirst();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + http + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private void awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (output) {
            while (output.stream().noneMatch(wanted)) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    fail("the launcher did not say what was expected within " + timeout.toSeconds() + " s; it said:\n"
                            + String.join("\n", output.subList(Math.max(0, output.size() - 40), output.size())));
                }
                output.wait(Math.min(left, 1000));
            }
        }
    }
}
