package org.thaw.deploy;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;
import org.thaw.platform.schema.DatabaseSetup.Login;

/**
 * Thaw's launcher.
 *
 * <ul>
 *   <li>{@code run} (default): starts the whole local stack in the foreground, prints the URLs and
 *       demo logins, and stops everything on Ctrl-C.
 *   <li>{@code cluster}: the same with several Payara Micro instances ({@code THAW_INSTANCES}, 2 by
 *       default) in one data grid and HAProxy in front of them on {@code THAW_HTTP_PORT}.
 *   <li>{@code migrate}: for production, applies the migrations and role grants to the database
 *       configured by {@code THAW_DB_URL}, {@code THAW_DB_OWNER_USER}/{@code _PASSWORD} and
 *       {@code THAW_DB_APP_USER}, then exits.
 * </ul>
 */
public final class Launcher {

    private static final Logger LOG = Logger.getLogger("org.thaw.deploy");

    private Launcher() {}

    /** Where the launcher's lines go (the console unless a test gives its own). */
    private static volatile PrintStream lines = System.out;

    public static void main(String[] args) throws Exception {
        configureLogging(System.out);
        String command = args.length == 0 || args[0].isBlank() ? "run" : args[0].trim();
        switch (command) {
            case "run" -> run(Settings.fromEnvironment());
            case "cluster" -> run(Settings.fromEnvironment().withEnv(Map.of("THAW_CLUSTER", "true")));
            case "migrate" -> migrate(Settings.fromEnvironment());
            default -> {
                LOG.severe("Unknown command '" + command + "'. Use: run | cluster | migrate");
                System.exit(2);
            }
        }
    }

    static void run(Settings settings) throws Exception {
        Instant start = Instant.now();
        LOG.info("Starting Thaw (data in " + settings.dataDir() + ")...");
        CountDownLatch stopped = new CountDownLatch(1);
        Stack stack = Stack.prepare(settings);
        // registered before anything starts, so Ctrl-C during start-up also stops what had started
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            say("Stopping Thaw...");
                            stack.close();
                            say("Stopped.");
                            stopped.countDown();
                        },
                        "thaw-shutdown"));
        try {
            stack.startAll();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Thaw could not start: " + e.getMessage());
            throw e;
        }
        LOG.info(banner(settings, Stack.seconds(start), stack.fhirReaderSecret().orElse(null)));
        watch(stack, stopped, Launcher::giveUp);
    }

    /**
     * Watches the stack's parts until it stops: a part that exits is named with how it ended and
     * started again, at most {@link RestartBudget#MAX_RESTARTS} times within {@link
     * RestartBudget#WINDOW}; past that, or when it does not start again, everything stops and the
     * launcher exits with status 1 ({@code giveUp} is told why; a test watching a stack of its own
     * records it instead).
     */
    static void watch(Stack stack, CountDownLatch stopped, Consumer<String> giveUp) throws InterruptedException {
        RestartBudget budget = new RestartBudget(Clock.systemUTC());
        while (!stopped.await(1, TimeUnit.SECONDS)) {
            if (stack.isClosing()) {
                continue;
            }
            for (Stack.Exit exit : stack.exited()) {
                LOG.warning(exit.part() + " exited: " + exit.how() + " (its log: " + exit.log() + ")");
                keepUp(stack, budget, exit, giveUp);
            }
        }
    }

    private static void keepUp(Stack stack, RestartBudget budget, Stack.Exit exit, Consumer<String> giveUp) {
        while (!stack.isClosing()) {
            int restart = budget.take(exit.part());
            if (restart == 0) {
                giveUp.accept(exit.part() + " could not be kept up: it stopped " + (RestartBudget.MAX_RESTARTS + 1)
                        + " times within " + RestartBudget.WINDOW.toMinutes() + " minutes (last: " + exit.how()
                        + "). Stopping Thaw; see " + exit.log());
                return;
            }
            LOG.info("Starting " + exit.part() + " again (restart " + restart + " of " + RestartBudget.MAX_RESTARTS
                    + " allowed within " + RestartBudget.WINDOW.toMinutes() + " minutes)...");
            Instant t0 = Instant.now();
            try {
                stack.restart(exit.part());
                LOG.info(exit.part() + " is running again (" + Stack.seconds(t0) + "); Thaw is running");
                return;
            } catch (Exception | Error e) {
                if (stack.isClosing()) {
                    return;
                }
                LOG.warning(exit.part() + " did not start again: " + e.getMessage());
            }
        }
    }

    /** Stops every part still running (the shutdown hook does) and ends the launcher with status 1. */
    private static void giveUp(String why) {
        LOG.severe(why);
        System.exit(1);
    }

    static void migrate(Settings settings) {
        String url = settings.externalDbUrl()
                .orElseThrow(() -> new IllegalStateException(
                        "migrate works on a configured database: set THAW_DB_URL (and THAW_DB_OWNER_USER, "
                                + "THAW_DB_OWNER_PASSWORD, THAW_DB_APP_USER)"));
        Login owner = new Login(need(settings, "THAW_DB_OWNER_USER"), need(settings, "THAW_DB_OWNER_PASSWORD"));
        Stack.migrate(url, owner, need(settings, "THAW_DB_APP_USER"));
    }

    private static String need(Settings settings, String name) {
        return settings.get(name).orElseThrow(() -> new IllegalStateException(name + " must be set"));
    }

    static String banner(Settings settings, String took, String fhirReaderSecret) {
        String base = settings.baseUrl();
        String fhir = fhirReaderSecret == null
                ? "    FHIR API       " + base + "/clinician/fhir (a client your Keycloak registers, role fhir-reader)"
                : "    FHIR API       " + base + "/clinician/fhir: client thaw-fhir-reader, secret " + fhirReaderSecret
                        + " (client credentials)";
        List<String> lines = new ArrayList<>(Arrays.asList(
                "",
                "  Thaw is running (started in " + took + ")",
                "",
                "  Patient portal   " + base + "/portal/",
                "  Clinician app    " + base + "/clinician/",
                cluster(settings),
                "  Keycloak         " + settings.issuer().replace("/realms/thaw", "") + "  (realm thaw)",
                "  E-mail           "
                        + (settings.smtp().isEmpty()
                                ? "kept in " + settings.dataDir().resolve("mail")
                                        + " (each one's link is printed here; set THAW_SMTP_HOST to send them)"
                                : "through " + settings.smtp().get("thaw.smtp.host") + ":"
                                        + settings.smtp().getOrDefault("thaw.smtp.port", "25")),
                "",
                "  Demo logins, password thaw-demo:",
                "    clinicians     dr.rivera, dr.okafor (care team of alex, blair, erin), dr.chen (casey, devon)",
                "    admin          admin.kim",
                "    patients       alex, blair, casey, devon, erin (new: no data yet)",
                fhir,
                "",
                "  Ctrl-C stops everything. Data is kept in " + settings.dataDir(),
                ""));
        lines.remove(null);
        return String.join("\n", lines);
    }

    /** The cluster mode's line: each instance and the balancer in front; null in the single mode. */
    private static String cluster(Settings settings) {
        if (!settings.clustered()) {
            return null;
        }
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < settings.instances(); i++) {
            instances.add("thaw-" + (i + 1) + " http://localhost:" + settings.instancePort(i));
        }
        return "  Instances        " + String.join(", ", instances) + "; HAProxy on port " + settings.httpPort()
                + " in front (round-robin, sticky cookie " + LoadBalancer.COOKIE + ")";
    }

    /**
     * Plain messages on the console for the launcher (and the benchmark, which logs as {@code
     * org.thaw.deploy} too); only warnings from the libraries they use.
     */
    /**
     * A line to the launcher's console, not through java.util.logging: in a shutdown hook the log
     * manager may already have been reset by its own hook, which runs at the same time and removes
     * the handlers, and the line would be lost.
     */
    private static void say(String line) {
        PrintStream out = lines;
        out.println(line);
        out.flush();
    }

    public static void configureLogging(PrintStream out) {
        lines = out;
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            if (h instanceof ConsoleHandler) {
                root.removeHandler(h);
            }
        }
        Handler console =
                new StreamHandler(out, new Formatter() {
                    @Override
                    public String format(LogRecord record) {
                        String prefix = record.getLevel().intValue() >= Level.WARNING.intValue()
                                ? record.getLevel() + ": "
                                : "";
                        return prefix + formatMessage(record) + System.lineSeparator();
                    }
                }) {
                    @Override
                    public synchronized void publish(LogRecord record) {
                        super.publish(record);
                        flush();
                    }

                    /**
                     * Flushes only: the log manager closes its handlers when the JVM stops, and
                     * closing this one would close the console itself, so the shutdown's
                     * "Stopping Thaw..." and "Stopped." were lost.
                     */
                    @Override
                    public synchronized void close() {
                        flush();
                    }
                };
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.WARNING);
        LOG.setLevel(Level.INFO);
    }
}
