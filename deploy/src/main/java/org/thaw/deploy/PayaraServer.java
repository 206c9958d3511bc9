package org.thaw.deploy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.thaw.deploy.root.RootWar;

/**
 * Payara Micro with both wars ({@code /portal}, {@code /clinician}) and the root war answering
 * every other address ({@code /}), heap capped: one local instance without clustering, or one
 * instance of the cluster mode's data grid. The wars read their database, Keycloak and mail settings from system
 * properties passed in a file readable by its owner only.
 */
final class PayaraServer implements AutoCloseable {

    /**
     * Request threads at most (Payara's default is 200). Each war's database pool holds 20
     * connections and gives up after 2 s; with 50 callers at once on two cores, 50 threads each
     * holding a connection while the CPU serves the others made the 21st wait past those 2 s, and
     * the call failed with a 503 although nothing was wrong. With fewer threads than connections a
     * request waits in the listener's queue instead, where no timeout cuts it, and the cores switch
     * between fewer requests. 16 keeps every core busy while the database answers (it runs on the
     * same machine) and leaves each pool room for a call that takes a second connection (an audit
     * row is written in a transaction of its own).
     */
    static final int HTTP_THREADS = 16;

    /**
     * Payara's settings before it boots: no {@code Server:} header, at most {@link #HTTP_THREADS}
     * requests at work. The app image uses the same (deploy/production/preboot.txt; a test keeps
     * them equal).
     */
    static final String PRE_BOOT = "set configs.config.server-config.network-config.protocols.protocol.http-listener"
            + ".http.server-header=false\n"
            + "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
            + ".max-thread-pool-size=" + HTTP_THREADS + "\n";

    /** Payara Micro's MicroProfile Health readiness: 200 once every check of every war is UP, else 503. */
    static final String READINESS = "/health/ready";

    private final ChildProcess process;
    private final Instance instance;

    /** Where this start's output begins in the log, which every start of the instance appends to. */
    private final long logStart;

    private PayaraServer(ChildProcess process, Instance instance, long logStart) {
        this.process = process;
        this.instance = instance;
        this.logStart = logStart;
    }

    /**
     * One Payara Micro of the stack: the part's name (as the launcher reports it), its folder and
     * log in the data folder, its HTTP port, how it joins the data grid, and the JVM options that go
     * with that.
     *
     * @param part {@code Payara Micro}, or {@code Payara Micro 1}, {@code 2}, ... in the cluster mode
     * @param folder its root folder's (and log's) name in the data folder
     * @param port its HTTP port
     * @param gridArguments the data grid's name, discovery, port and interface
     * @param jvmArguments JVM options for the grid (the loopback grid's bind address)
     */
    record Instance(String part, String folder, int port, List<String> gridArguments, List<String> jvmArguments) {

        /**
         * Payara Micro starts its data grid (Hazelcast) even alone, and with {@code --nocluster} it
         * listens on every interface whatever else it is told. A grid listed on loopback, with
         * Hazelcast told not to bind every address, listens on 127.0.0.1 only.
         */
        static final List<String> LOOPBACK_GRID = List.of("-Dhazelcast.socket.bind.any=false");

        /**
         * The members on loopback; every backup would otherwise wait for a member on another host
         * (host-aware partitioning).
         */
        static final List<String> LOOPBACK_MEMBERS = List.of("--interfaces", "127.0.0.1", "--nohostaware");

        /** The one instance of {@code ./mvnw -Prun package}: a data grid of its own, on loopback. */
        static Instance single(Settings settings) {
            return alone(Stack.PAYARA, "payara", settings.httpPort(), settings.hazelcastPort(0));
        }

        /**
         * An instance in a data grid of its own on loopback port {@code gridPort}, named after its HTTP
         * port: another Thaw on the same machine (a test's, say) has another name, so the two never join
         * even when one finds the other's port taken and moves to the next.
         */
        static Instance alone(String part, String folder, int port, int gridPort) {
            List<String> grid = new ArrayList<>(List.of(
                    "--clustername",
                    "thaw-" + port,
                    "--clustermode",
                    "tcpip:127.0.0.1:" + gridPort,
                    "--startport",
                    String.valueOf(gridPort)));
            grid.addAll(LOOPBACK_MEMBERS);
            return new Instance(part, folder, port, List.copyOf(grid), LOOPBACK_GRID);
        }

        /**
         * Instance {@code i} (from 0) of the cluster mode: all in one data grid named {@code thaw}, found
         * by {@link Settings#clusterMode()} (a TCP/IP member list on loopback unless configured), each
         * on its own grid port. The loopback list's grid listens on loopback only.
         */
        static Instance member(Settings settings, int i) {
            List<String> grid = new ArrayList<>(List.of(
                    "--name",
                    "thaw-" + (i + 1),
                    "--clustername",
                    "thaw",
                    "--clustermode",
                    settings.clusterMode(),
                    "--startport",
                    String.valueOf(settings.hazelcastPort(i))));
            List<String> jvm = List.of();
            if (settings.get("THAW_CLUSTER_MODE").isEmpty()) {
                grid.addAll(LOOPBACK_MEMBERS);
                jvm = LOOPBACK_GRID;
            }
            settings.get("THAW_HAZELCAST_CONFIG").ifPresent(file -> grid.addAll(List.of("--hzconfigfile", file)));
            return new Instance(Stack.PAYARA + " " + (i + 1), "payara-" + (i + 1), settings.instancePort(i), grid, jvm);
        }

        String url() {
            return "http://localhost:" + port;
        }
    }

    static PayaraServer start(Settings settings, Map<String, String> systemProperties)
            throws IOException, InterruptedException {
        PayaraServer server = launch(settings, systemProperties, Instance.single(settings));
        server.awaitReady();
        return server;
    }

    /** Thaw's wars, each at the context root of its name: every instance serves them all. */
    static final List<String> WARS = List.of("portal", "clinician");

    /** Starts the instance's process without waiting for it: {@link #awaitReady()} waits. */
    static PayaraServer launch(Settings settings, Map<String, String> systemProperties, Instance instance)
            throws IOException {
        return launch(settings, systemProperties, instance, WARS);
    }

    /**
     * The same with only some of the wars (a test's instance whose other war is missing, as when its
     * deployment failed).
     */
    static PayaraServer launch(
            Settings settings, Map<String, String> systemProperties, Instance instance, List<String> wars)
            throws IOException {
        Path root = settings.dataDir().resolve(instance.folder());
        // Scratch for each start: a root folder left by an earlier run (above all one killed hard)
        // holds that run's deployments, which Payara Micro loads first and then replaces with the
        // wars given here, answering from the old ones (or none) for a while after it looks ready.
        KeycloakServer.deleteTree(root);
        Files.createDirectories(root);
        Path propertiesFile = settings.dataDir().resolve(instance.folder() + ".properties");
        Properties properties = new Properties();
        properties.putAll(systemProperties);
        Files.deleteIfExists(propertiesFile);
        Files.createFile(propertiesFile);
        Secrets.ownerOnly(propertiesFile);
        try (OutputStream out = Files.newOutputStream(propertiesFile)) {
            properties.store(out, "Thaw: system properties for Payara Micro (contains secrets)");
        }
        // no "Server: Payara Micro" banner on any answer (X-Powered-By is already off in Micro);
        // at most HTTP_THREADS requests at work at once, the rest wait in the listener's queue
        Path preBoot = settings.dataDir().resolve("payara-preboot.txt");
        Files.writeString(preBoot, PRE_BOOT);
        Path runtime = settings.runtimeDir();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.payaraHeap(),
                "-XX:+UseSerialGC"));
        command.addAll(instance.jvmArguments());
        command.addAll(List.of("-jar", runtime.resolve("payara-micro.jar").toString()));
        command.addAll(instance.gridArguments());
        command.addAll(List.of(
                "--rootdir",
                root.toString(),
                "--port",
                String.valueOf(instance.port()),
                "--systemproperties",
                propertiesFile.toString(),
                "--prebootcommandfile",
                preBoot.toString()));
        for (String war : wars) {
            command.addAll(List.of("--deploy", runtime.resolve(war + ".war").toString()));
        }
        command.addAll(List.of(
                // every other address: a 404 problem with the security headers, not the server's own page
                "--deploy", RootWar.write(root.resolve("ROOT.war")).toString()));
        Path log = settings.dataDir().resolve("logs/" + instance.folder() + ".log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        ChildProcess child = ChildProcess.start(
                instance.part(),
                command,
                Map.of(),
                root,
                settings.dataDir().resolve("logs/" + instance.folder() + ".log"));
        return new PayaraServer(child, instance, logStart);
    }

    /** Waits until both wars answer and are ready; stops the instance if it does not get there. */
    void awaitReady() throws InterruptedException {
        String base = instance.url();
        try {
            // a page of each war answers (with a redirect to sign-in) once both are deployed; about
            // 15 s on a quiet machine, minutes on two cores that other programs keep busy
            awaitDeployed(base + "/portal/", Duration.ofMinutes(10));
            awaitDeployed(base + "/clinician/", Duration.ofMinutes(5));
            // and both wars are ready (MicroProfile Health): database, the realm's keys, the REST
            // applications started; the pages answer some seconds before the APIs do
            process.awaitReady(base + READINESS, s -> s == 200, Duration.ofMinutes(5));
        } catch (RuntimeException | InterruptedException e) {
            close();
            throw e;
        }
    }

    /** Payara's words when a war could not be deployed: the instance then runs without it. */
    static final String DEPLOYMENT_FAILED = "Exception while preparing the app";

    /**
     * Waits until a war's page answers; gives up at once when the log says a war failed to deploy
     * (say its first database connection timed out on a busy machine), rather than waiting out the
     * time for a page that will never answer.
     */
    private void awaitDeployed(String url, Duration timeout) throws InterruptedException {
        java.time.Instant deadline = java.time.Instant.now().plus(timeout);
        while (true) {
            try {
                process.awaitReady(url, s -> s == 302 || s == 200, Duration.ofSeconds(10));
                return;
            } catch (IllegalStateException notYet) {
                if (!process.isAlive() || java.time.Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                if (deploymentFailed()) {
                    throw new DeploymentFailed(
                            instance.part() + ": a war failed to deploy (see " + process.log() + ")");
                }
            }
        }
    }

    private boolean deploymentFailed() {
        try {
            byte[] all = Files.readAllBytes(process.log());
            int from = (int) Math.min(logStart, all.length);
            return new String(all, from, all.length - from, java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains(DEPLOYMENT_FAILED);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /** A war of the instance failed to deploy; a new start of the instance may well succeed. */
    static final class DeploymentFailed extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        DeploymentFailed(String message) {
            super(message);
        }
    }

    Instance instance() {
        return instance;
    }

    long pid() {
        return process.pid();
    }

    ChildProcess process() {
        return process;
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    void kill() {
        process.kill();
    }

    @Override
    public void close() {
        process.close();
    }
}
