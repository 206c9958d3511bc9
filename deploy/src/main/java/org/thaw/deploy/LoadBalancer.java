package org.thaw.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * HAProxy in front of the cluster mode's instances, on {@code THAW_HTTP_PORT}: round-robin, each
 * instance health-checked on {@code /health/ready} every second (out after two failures, back
 * after two passes), and a sticky cookie {@code THAW_NODE} that keeps a signed-in browser on its
 * instance. A request whose instance does not answer is sent again to another one (retries with
 * redispatch), so a browser on a lost instance lands on a live one at its next request. Debian's
 * {@code haproxy} package; {@code THAW_HAPROXY} names another binary.
 */
final class LoadBalancer implements AutoCloseable {

    static final String PART = "HAProxy";

    /** The cookie that names a browser's instance ({@code thaw-1}, {@code thaw-2}, ...). */
    static final String COOKIE = "THAW_NODE";

    private final ChildProcess process;

    private LoadBalancer(ChildProcess process) {
        this.process = process;
    }

    /** HAProxy's configuration for these instances, the balancer on {@code THAW_HTTP_PORT}. */
    static String configuration(Settings settings, List<PayaraServer.Instance> instances) {
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < instances.size(); i++) {
            String name = "thaw-" + (i + 1);
            servers.append("    server ")
                    .append(name)
                    .append(" 127.0.0.1:")
                    .append(instances.get(i).port())
                    .append(" check cookie ")
                    .append(name)
                    .append('\n');
        }
        return String.join(
                        "\n",
                        "# Written by Thaw's launcher at every start of the cluster mode; changes are overwritten.",
                        "global",
                        "    maxconn 2000",
                        "",
                        "defaults",
                        "    mode http",
                        "    timeout connect 2s",
                        "    timeout client 60s",
                        "    timeout server 60s",
                        "    timeout check 5s",
                        // a request refused by a lost instance is sent again, the last try to another one
                        "    retries 3",
                        "    option redispatch",
                        "",
                        "frontend thaw",
                        "    bind :" + settings.httpPort(),
                        "    default_backend instances",
                        "",
                        "backend instances",
                        "    balance roundrobin",
                        "    cookie " + COOKIE + " insert indirect nocache httponly",
                        "    option httpchk GET " + PayaraServer.READINESS,
                        "    http-check expect status 200",
                        "    default-server inter 1s fall 2 rise 2",
                        "")
                + servers;
    }

    /** Starts HAProxy and waits until it answers readiness through a ready instance. */
    static LoadBalancer start(Settings settings, List<PayaraServer.Instance> instances)
            throws IOException, InterruptedException {
        String binary = settings.get("THAW_HAPROXY")
                .or(() -> onPath("haproxy"))
                .orElseThrow(() -> new IllegalStateException("The cluster mode needs HAProxy in front of the instances:"
                        + " install Debian's haproxy package (apt-get install haproxy), or set THAW_HAPROXY to its"
                        + " binary"));
        Path config = settings.dataDir().resolve("haproxy.cfg");
        Files.writeString(config, configuration(settings, instances));
        // -db: in the foreground, so the launcher watches the process itself
        ChildProcess child = ChildProcess.start(
                PART,
                List.of(binary, "-db", "-f", config.toString()),
                Map.of(),
                settings.dataDir(),
                settings.dataDir().resolve("logs/haproxy.log"));
        LoadBalancer balancer = new LoadBalancer(child);
        try {
            child.awaitReady(settings.baseUrl() + PayaraServer.READINESS, s -> s == 200, Duration.ofMinutes(2));
        } catch (RuntimeException | InterruptedException e) {
            balancer.close();
            throw e;
        }
        return balancer;
    }

    private static Optional<String> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        for (String dir : List.of("/usr/sbin", "/usr/local/sbin")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate.toString());
            }
        }
        return Optional.empty();
    }

    ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
