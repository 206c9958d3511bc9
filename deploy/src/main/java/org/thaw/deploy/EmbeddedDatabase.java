package org.thaw.deploy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real PostgreSQL from Maven-delivered binaries, its data kept in the data folder so a restart
 * keeps everything. Listens on localhost only; its superuser ({@code postgres}, trust on
 * loopback) is used for nothing but creating Thaw's roles.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path pgData;
    /** The postmaster this start brought up (PostgreSQL detaches it: it is no child of ours). */
    private final ProcessHandle postmaster;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path pgData) {
        this.postgres = postgres;
        this.pgData = pgData;
        this.postmaster = ProcessHandle.of(pid()).orElse(null);
    }

    /** Whether the server this start brought up still runs. */
    boolean isRunning() {
        return postmaster != null && postmaster.isAlive();
    }

    static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        Path pgData = dataDir.resolve("postgres");
        Files.createDirectories(pgData);
        // A server killed hard leaves its pid file behind; PostgreSQL checks the pid itself,
        // so a stale file is harmless, but a second launcher on the same folder must not start.
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("max_connections", "100")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .start();
        return new EmbeddedDatabase(pg, pgData);
    }

    String adminUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The postmaster's process id, from the first line of its pid file; 0 when unknown. */
    long pid() {
        try {
            return Long.parseLong(
                    Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
