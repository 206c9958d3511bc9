package org.thaw.deploy.root;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The small application the launcher deploys at {@code /}: one filter ({@link NoSuchAddressFilter})
 * that answers every address outside {@code /portal} and {@code /clinician} with a 404 problem and
 * the security headers, where Payara Micro would answer with its own page and none of them. It is
 * written as a war when the server starts, from this module's own compiled class and {@code
 * web.xml}, so the project keeps its two application modules and nothing else to build.
 */
public final class RootWar {

    /**
     * The filter's class file, named as a string: a class literal would load the filter, and with it
     * the servlet API, which the launcher's class path does not have (the API is Payara's, provided).
     * {@code RootWarTest} checks the name against the class.
     */
    static final String FILTER = "org/thaw/deploy/root/NoSuchAddressFilter.class";

    private RootWar() {}

    /** Writes the war to the path given (the app image's build does: deploy/production/Dockerfile). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RootWar <target.war>");
        }
        write(Path.of(args[0]));
    }

    /** Writes the war to {@code target} (replacing it) and returns it. */
    public static Path write(Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (OutputStream file = Files.newOutputStream(partial);
                ZipOutputStream war = new ZipOutputStream(file)) {
            copy(war, "org/thaw/deploy/root/web.xml", "WEB-INF/web.xml");
            copy(war, FILTER, "WEB-INF/classes/" + FILTER);
        }
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copy(ZipOutputStream war, String resource, String entry) throws IOException {
        try (InputStream in = RootWar.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing from the launcher's class path");
            }
            war.putNextEntry(new ZipEntry(entry));
            in.transferTo(war);
            war.closeEntry();
        }
    }
}
