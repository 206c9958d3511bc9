package org.thaw.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jboss.shrinkwrap.resolver.api.maven.Maven;
import org.jboss.shrinkwrap.resolver.api.maven.MavenResolvedArtifact;
import org.thaw.journal.control.JournalCatalogue;
import org.thaw.medication.control.MedicationCatalogue;
import org.thaw.message.control.AfterHours;
import org.thaw.screener.control.InstrumentCatalogue;

/**
 * Builds the wars the Arquillian tests deploy. Runs on the test runner's side only and is kept
 * out of the wars: the Maven resolver it uses does not exist inside Payara, and a test class whose
 * methods mention its types cannot even be loaded there.
 */
public final class Deployments {

    /** Classes that only make sense on the test runner's side (database bootstrap, war building, unit tests). */
    private static final String HOST_SIDE_ONLY =
            ".*/(\\w+Test|AuditGrantsIT|IntegrationDatabase|Deployments)(\\$.*)?\\.class";

    private Deployments() {}

    /**
     * The domain as a war packages it: every class under {@code org.thaw} (tests included, so
     * {@link Fixture} is there), persistence.xml, beans.xml, the journal and medication catalogues from the main
     * resources, the screener definitions, the automatic reply's words, a web.xml that defines the data source, and the JPA provider and JDBC driver,
     * without any jakarta.* API jar (Payara provides those; a second copy breaks class loading).
     */
    public static WebArchive domainWar(String name) {
        WebArchive war = ShrinkWrap.create(WebArchive.class, name)
                .addPackages(true, Filters.exclude(HOST_SIDE_ONLY), "org.thaw")
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/beans.xml")
                .addAsResource(JournalCatalogue.RESOURCE)
                .addAsResource(MedicationCatalogue.DRUGS)
                .addAsResource(MedicationCatalogue.EFFECTS)
                .addAsResource(InstrumentCatalogue.INDEX)
                .addAsResource(AfterHours.WORDS + ".properties")
                .addAsResource(AfterHours.WORDS + "_es.properties")
                .setWebXML("it-war/web.xml")
                .addAsLibraries(bundledLibraries());
        for (String definition : instrumentDefinitions()) {
            war.addAsResource(InstrumentCatalogue.FOLDER + definition);
        }
        return war;
    }

    /** The definition files the screener index names (a class path folder cannot be listed). */
    private static List<String> instrumentDefinitions() {
        InputStream in = Deployments.class.getClassLoader().getResourceAsStream(InstrumentCatalogue.INDEX);
        if (in == null) {
            throw new IllegalStateException(InstrumentCatalogue.INDEX + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File[] bundledLibraries() {
        return Maven.resolver()
                .loadPomFromFile("pom.xml")
                .resolve("org.hibernate.orm:hibernate-core", "org.postgresql:postgresql")
                .withTransitivity()
                .asList(MavenResolvedArtifact.class)
                .stream()
                .filter(artifact -> !artifact.getCoordinate().getGroupId().startsWith("jakarta."))
                .map(MavenResolvedArtifact::asFile)
                .toArray(File[]::new);
    }
}
