package org.thaw.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/**
 * A server the launcher started (Keycloak, Payara): its output goes to a log file in the data
 * folder, it is ready when a URL answers as expected, and stopping it stops its whole process tree
 * (a start script may fork java rather than exec it), so no orphan is left behind.
 */
final class ChildProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Children still running; stopped by a shutdown hook if the JVM ends in the middle of a start. */
    private static final Set<ChildProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> List.copyOf(LIVE).forEach(ChildProcess::close), "thaw-children-shutdown"));
    }

    private final String name;
    private final Process process;
    private final Path log;
    /**
     * Every process seen in this child's tree: a start script may fork java, and when the script
     * dies first its java is no longer a descendant, yet stopping must still reach it.
     */
    private final Set<ProcessHandle> seen = ConcurrentHashMap.newKeySet();

    private ChildProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        LIVE.add(this);
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> env, Path workDir, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new ChildProcess(name, builder.start(), log);
    }

    /** Runs a command to completion (e.g. a one-off import), failing with its log tail. */
    static void run(
            String name, List<String> command, Map<String, String> env, Path workDir, Path log, Duration timeout)
            throws IOException, InterruptedException {
        try (ChildProcess child = start(name, command, env, workDir, log)) {
            if (!child.process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(
                        name + " did not finish within " + timeout.toSeconds() + " s" + child.tail());
            }
            if (child.process.exitValue() != 0) {
                throw new IllegalStateException(
                        name + " failed (exit " + child.process.exitValue() + ")" + child.tail());
            }
        }
    }

    /** Waits until {@code url} answers with a status {@code ready} accepts. */
    void awaitReady(String url, IntPredicate ready, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " stopped during start-up (exit " + process.exitValue() + ")" + tail());
            }
            try {
                int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (ready.test(status)) {
                    rememberTree();
                    return;
                }
                lastAnswer = "HTTP " + status;
            } catch (IOException notYet) {
                lastAnswer = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s (" + url + ": "
                + lastAnswer + ")" + tail());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** Notes the processes this child started so far, so {@link #close()} reaches them even once orphaned. */
    void rememberTree() {
        process.descendants().forEach(seen::add);
    }

    /**
     * How the process ended, in words: {@code exit code 1}, or {@code killed by signal 9 (SIGKILL)}
     * (the JDK reports a process ended by signal N as 128 + N); {@code still running} while it runs.
     */
    String exitDescription() {
        if (process.isAlive()) {
            return "still running";
        }
        return describeExit(process.exitValue());
    }

    static String describeExit(int exitValue) {
        if (exitValue > 128 && exitValue < 160) {
            int signal = exitValue - 128;
            String name =
                    switch (signal) {
                        case 1 -> " (SIGHUP)";
                        case 2 -> " (SIGINT)";
                        case 6 -> " (SIGABRT)";
                        case 9 -> " (SIGKILL)";
                        case 11 -> " (SIGSEGV)";
                        case 15 -> " (SIGTERM)";
                        default -> "";
                    };
            return "killed by signal " + signal + name;
        }
        return "exit code " + exitValue;
    }

    long pid() {
        return process.pid();
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "; last lines of " + log + ":\n  "
                    + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 25), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "; see " + log;
        }
    }

    /** Kills the process (SIGKILL, as {@code kill -9}) and what it started, without any grace. */
    void kill() {
        LIVE.remove(this);
        List<ProcessHandle> tree = tree();
        process.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        awaitExit(process.toHandle(), 30);
        tree.forEach(h -> awaitExit(h, 10));
    }

    /** Stops the process tree: a polite signal first, then force after a grace period. */
    @Override
    public void close() {
        LIVE.remove(this);
        List<ProcessHandle> tree = tree();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        awaitExit(process.toHandle(), 30);
        tree.forEach(h -> awaitExit(h, 10));
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit(process.toHandle(), 10);
        }
    }

    /** The descendants now and every one seen before that still runs (a live handle is never a reused pid). */
    private List<ProcessHandle> tree() {
        rememberTree();
        return seen.stream().filter(ProcessHandle::isAlive).toList();
    }

    private static void awaitExit(ProcessHandle handle, int seconds) {
        try {
            handle.onExit().get(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timeoutOrGone) {
            // escalated by the caller
        }
    }
}
