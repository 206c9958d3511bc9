package org.thaw.deploy.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thaw.deploy.Launcher;
import org.thaw.deploy.security.OpenApi.Operation;

/**
 * The release-tier security and reliability campaign ({@code ./mvnw -Psecurity verify}; never in the
 * default build): starts the whole stack on its own ports ({@link CampaignStack}), reads both
 * OpenAPI documents, and runs
 *
 * <ol>
 *   <li>the isolation sweep ({@link IsolationSweep}),
 *   <li>the hostile-input fuzzer ({@link HostileInput}),
 *   <li>the header check of every route ({@link HeaderCheck}),
 *   <li>the reliability parts, each against the same running stack: kill -9 under writes ({@link
 *       Durability}), the database stopped and hung under load ({@link DatabaseOutage}), Keycloak
 *       stopped ({@link KeycloakOutage}),
 * </ol>
 *
 * then prints a summary (category, probes, passed, failed), writes it with the failures to {@code
 * security.output}/report.md, stops the stack, and fails when anything failed. Every loop is over
 * a fixed list; every call waits at most 30 s; no call starts after {@code security.minutes} (30);
 * only loopback addresses are called.
 */
public final class SecurityCampaign {

    private static final Logger LOG = Logger.getLogger("org.thaw.deploy");

    /**
     * The parts to run ({@code -Dsecurity.parts=durability,keycloak}, e.g. to repeat one); all by
     * default. A release run is always the whole campaign.
     */
    static final List<String> PARTS =
            List.of(System.getProperty("security.parts", "isolation,fuzz,headers,durability,database,keycloak")
                    .split(","));

    private SecurityCampaign() {}

    public static void main(String[] args) throws Exception {
        Launcher.configureLogging(System.out);
        Path output = Path.of(System.getProperty("security.output", "deploy/target/security"));
        Instant started = Instant.now();
        Instant deadline = started.plus(Duration.ofMinutes(Integer.getInteger("security.minutes", 30)));
        Tally tally = new Tally();
        String aborted = null;
        CampaignStack stack = CampaignStack.start();
        Thread stop = new Thread(stack::close, "thaw-security-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        Instant stackUp = Instant.now();
        try {
            Http http = new Http(stack.baseUrl(), stack.issuer(), deadline);
            List<Operation> operations = new ArrayList<>(OpenApi.operations(http, "portal"));
            operations.addAll(OpenApi.operations(http, "clinician"));
            LOG.info(() -> operations.size() + " operations in the two OpenAPI documents");
            Fixtures fixtures = Fixtures.discover(http);
            if (PARTS.contains("isolation")) {
                LOG.info("Isolation sweep");
                new IsolationSweep(http, fixtures, tally).run(operations);
            }
            if (PARTS.contains("fuzz")) {
                LOG.info("Hostile-input fuzzer");
                new HostileInput(http, fixtures, tally).run(operations);
            }
            if (PARTS.contains("headers")) {
                LOG.info("Header check");
                new HeaderCheck(http, fixtures, tally, stack.issuer()).run(operations);
            }
            if (PARTS.contains("durability")) {
                reliability("durability (kill -9 under writes)", () -> new Durability(http, stack, tally).run(), tally);
            }
            if (PARTS.contains("database")) {
                reliability(
                        "database stopped under load",
                        () -> new DatabaseOutage(http, stack, tally, false).run(),
                        tally);
                reliability(
                        "database hung under load", () -> new DatabaseOutage(http, stack, tally, true).run(), tally);
            }
            if (PARTS.contains("keycloak")) {
                reliability("keycloak stopped", () -> new KeycloakOutage(http, stack, tally).run(), tally);
            }
            LOG.info(() -> http.calls() + " calls to the apps");
        } catch (Exception | Error e) {
            aborted = e.toString();
            tally.record("campaign ran to the end", aborted);
        } finally {
            stack.close(output);
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
        String report = report(tally, Duration.between(started, stackUp), Duration.between(stackUp, Instant.now()));
        System.out.println(report);
        Files.createDirectories(output);
        Files.writeString(output.resolve("report.md"), report);
        if (tally.failed() > 0) {
            throw new AssertionError(tally.failed() + " of " + tally.probes() + " security probes failed: see "
                    + output.resolve("report.md"));
        }
    }

    interface Part {
        void run() throws Exception;
    }

    /**
     * A part that stops, kills or pauses servers: its failure to run is one failed probe, and the
     * next part still runs (each starts from a stack that is up again).
     */
    private static void reliability(String name, Part part, Tally tally) {
        LOG.info(() -> "Reliability: " + name);
        try {
            part.run();
            tally.record(name + ": ran to the end", null);
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, name + " did not run to the end", e);
            tally.record(name + ": ran to the end", e.toString());
        }
    }

    static String report(Tally tally, Duration stackStart, Duration run) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Security campaign report\n\n");
        sb.append("Run ")
                .append(DateTimeFormatter.ISO_INSTANT.format(
                        Instant.now().atOffset(ZoneOffset.UTC).withNano(0)))
                .append(String.format(
                        "; stack started in %d s, probes ran in %d s.%n%n", stackStart.toSeconds(), run.toSeconds()));
        sb.append("| category | probes | passed | failed | container limit |\n|---|---:|---:|---:|---:|\n");
        int probes = 0;
        int passed = 0;
        int failed = 0;
        int known = 0;
        for (Tally.Category c : tally.categories()) {
            sb.append(String.format("| %s | %d | %d | %d | %d |%n", c.name, c.probes, c.passed, c.failed, c.known));
            probes += c.probes;
            passed += c.passed;
            failed += c.failed;
            known += c.known;
        }
        sb.append(String.format("| **total** | **%d** | **%d** | **%d** | **%d** |%n", probes, passed, failed, known));
        if (!tally.figures().isEmpty()) {
            sb.append("\n## Figures\n\n");
            for (String figure : tally.figures()) {
                sb.append("- ").append(figure).append('\n');
            }
        }
        for (Tally.Category c : tally.categories()) {
            if (!c.failures.isEmpty()) {
                sb.append("\n## Failed: ")
                        .append(c.name)
                        .append(" (")
                        .append(c.failed)
                        .append(")\n\n");
                for (String failure : c.failures) {
                    sb.append("- ").append(failure.replace("|", "\\|")).append('\n');
                }
                if (c.failed > c.failures.size()) {
                    sb.append("- ... and ").append(c.failed - c.failures.size()).append(" more\n");
                }
            }
        }
        for (Tally.Category c : tally.categories()) {
            if (!c.knownItems.isEmpty()) {
                sb.append("\n## Container limit: ")
                        .append(c.name)
                        .append(" (")
                        .append(c.known)
                        .append(")\n\n");
                for (String item : c.knownItems) {
                    sb.append("- ").append(item.replace("|", "\\|")).append('\n');
                }
                if (c.known > c.knownItems.size()) {
                    sb.append("- ... and ")
                            .append(c.known - c.knownItems.size())
                            .append(" more\n");
                }
            }
        }
        return sb.toString();
    }
}
