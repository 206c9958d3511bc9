package org.thaw.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * Local secrets (database passwords, client secrets, Keycloak's admin password), generated once
 * per data folder and kept in {@code secrets.properties} there, readable by its owner only.
 * Production passes its own through the environment instead.
 */
final class Secrets {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties values = new Properties();

    private Secrets(Path file) {
        this.file = file;
    }

    static Secrets in(Path dataDir) throws IOException {
        Secrets secrets = new Secrets(dataDir.resolve("secrets.properties"));
        if (Files.exists(secrets.file)) {
            try (InputStream in = Files.newInputStream(secrets.file)) {
                secrets.values.load(in);
            }
        }
        return secrets;
    }

    /** The named secret, generated (and saved) the first time it is asked for. */
    String get(String name) throws IOException {
        String value = values.getProperty(name);
        if (value == null) {
            value = generate(32);
            values.setProperty(name, value);
            save();
        }
        return value;
    }

    static String generate(int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private void save() throws IOException {
        Files.createDirectories(file.getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
            ownerOnly(file);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            values.store(out, "Thaw local secrets: generated, keep private");
        }
    }

    static void ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the folder's own permissions protect it.
        }
    }
}
