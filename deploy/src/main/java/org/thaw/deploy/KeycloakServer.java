package org.thaw.deploy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The real Keycloak server from Maven Central's distribution, unpacked into the data folder (so its
 * one-off build step and its dev database are kept between runs), started in development mode on
 * plain http with the {@code thaw} realm. The first start imports the realm; when the rendered realm
 * later differs from the one applied before (a changed template, port or secret), the realm is
 * updated in place through the admin API once Keycloak answers ({@link RealmUpdate}), so the accounts
 * in Keycloak's database (those made by invitations above all) are kept.
 */
final class KeycloakServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());

    private final ChildProcess process;

    private KeycloakServer(ChildProcess process) {
        this.process = process;
    }

    static KeycloakServer start(Settings settings, String realmJson, String adminPassword)
            throws IOException, InterruptedException {
        Path home = unpacked(settings);
        installThemes(settings, home);
        Path data = home.resolve("data");
        Path marker = data.resolve("thaw-realm.sha256");
        String hash = sha256(realmJson);
        boolean fresh = !Files.exists(data.resolve("h2"));
        boolean current = !fresh
                && Files.exists(marker)
                && Files.readString(marker).trim().equals(hash);
        if (fresh) {
            Path importDir = data.resolve("import");
            Files.createDirectories(importDir);
            Path realmFile = importDir.resolve("thaw-realm.json");
            Files.writeString(realmFile, realmJson, StandardCharsets.UTF_8);
            Secrets.ownerOnly(realmFile);
        }
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-port=" + settings.keycloakPort(),
                "--http-management-port=" + (settings.keycloakPort() + 1000),
                "--http-host=127.0.0.1"));
        if (fresh) {
            command.add("--import-realm");
        }
        Map<String, String> env = Map.of(
                "JAVA_HOME",
                System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP",
                "-Xms64m -Xmx512m",
                "KC_BOOTSTRAP_ADMIN_USERNAME",
                "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD",
                adminPassword);
        ChildProcess child = ChildProcess.start(
                "Keycloak", command, env, home, settings.dataDir().resolve("logs/keycloak.log"));
        KeycloakServer server = new KeycloakServer(child);
        try {
            child.awaitReady(
                    settings.issuer() + "/.well-known/openid-configuration", s -> s == 200, Duration.ofMinutes(5));
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
        if (!current) {
            if (!fresh) {
                try {
                    RealmUpdate.apply(
                            new KeycloakAdmin("http://localhost:" + settings.keycloakPort(), "thaw", adminPassword),
                            realmJson);
                } catch (IOException | RuntimeException | InterruptedException e) {
                    server.close();
                    throw e;
                }
                LOG.info("The realm template changed: the thaw realm was updated in place (its accounts kept)");
            }
            // the realm is as rendered only once Keycloak answered for it
            Files.writeString(marker, hash);
            Path realmFile = data.resolve("import/thaw-realm.json");
            Files.deleteIfExists(realmFile);
        }
        return server;
    }

    long pid() {
        return process.pid();
    }

    ChildProcess process() {
        return process;
    }

    /** Unpacks the distribution into the data folder once; a half-unpacked copy is never used. */
    static Path unpacked(Settings settings) throws IOException {
        Path parent = settings.dataDir().resolve("keycloak");
        Path home = parent.resolve("keycloak-" + settings.keycloakVersion());
        if (Files.exists(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path archive = settings.runtimeDir().resolve("keycloak-" + settings.keycloakVersion() + ".tar.gz");
        if (!Files.exists(archive)) {
            throw new IllegalStateException(
                    "Keycloak's distribution is missing at " + archive + ": build first (the run command does)");
        }
        LOG.info("Unpacking Keycloak " + settings.keycloakVersion() + " (first run only)...");
        Path staging = parent.resolve("unpacking");
        deleteTree(staging);
        Files.createDirectories(staging);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String name = entry.getName();
                int slash = name.indexOf('/');
                if (slash < 0 || slash == name.length() - 1) {
                    continue;
                }
                Path target = staging.resolve(name.substring(slash + 1)).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("archive entry outside its folder: " + name);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        Files.move(staging, home);
        return home;
    }

    /**
     * Copies Thaw's themes (the build puts them beside Keycloak's archive) into Keycloak's
     * {@code themes} folder, replacing what an earlier start put there: a theme in that folder needs
     * no Keycloak build step, and development mode does not cache it.
     */
    static void installThemes(Settings settings, Path home) throws IOException {
        Path source = settings.runtimeDir().resolve("keycloak-themes");
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("Thaw's Keycloak themes are missing at " + source + ": build first");
        }
        try (var themes = Files.list(source)) {
            for (Path theme : themes.toList()) {
                Path target = home.resolve("themes").resolve(theme.getFileName().toString());
                deleteTree(target);
                try (var files = Files.walk(theme)) {
                    for (Path file : files.toList()) {
                        Path copy = target.resolve(theme.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() {
        process.close();
    }
}
