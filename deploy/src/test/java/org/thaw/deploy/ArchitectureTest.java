package org.thaw.deploy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md that a compiler does not check, over the classes of every
 * module (deploy's test class path holds the domain, integration and both wars' classes jars):
 *
 * <ul>
 *   <li>the wars and {@code integration} see only boundaries: no {@code control} or {@code entity}
 *       type of the domain;
 *   <li>the domain knows nothing of Faces, JAX-RS, servlets, Keycloak, Jakarta Mail or PrimeFaces;
 *   <li>the two wars never depend on each other;
 *   <li>no view bean (a war class outside {@code ..api..}) touches an {@code EntityManager}.
 * </ul>
 *
 * A module is told by where its classes come from, not by package names, so a class added in a new
 * package is still checked as part of its module.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.thaw");

    private static final DescribedPredicate<JavaClass> DOMAIN = module("domain", "org.thaw.security.boundary.Caller");
    private static final DescribedPredicate<JavaClass> INTEGRATION =
            module("integration", "org.thaw.integration.rest.Problems");
    private static final DescribedPredicate<JavaClass> PORTAL =
            module("portal-web", "org.thaw.portal.screener.Question");
    private static final DescribedPredicate<JavaClass> CLINICIAN =
            module("clinician-web", "org.thaw.clinician.chart.ScreenerPanel");

    @Test
    void everyModuleIsRead() {
        for (DescribedPredicate<JavaClass> module : List.of(DOMAIN, INTEGRATION, PORTAL, CLINICIAN)) {
            assertTrue(CLASSES.stream().filter(module::test).count() > 5, "classes of " + module.getDescription());
        }
    }

    @Test
    void warsAndIntegrationSeeOnlyBoundaries() {
        check(noClasses()
                .that(PORTAL.or(CLINICIAN).or(INTEGRATION))
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.thaw..control..", "org.thaw..entity..")
                .because("boundaries return records made for their callers; control and entity types stay inside"));
    }

    @Test
    void theDomainKnowsNoWebMailOrIdentityProviderTypes() {
        check(noClasses()
                .that(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.faces..",
                        "jakarta.ws.rs..",
                        "jakarta.servlet..",
                        "org.keycloak..",
                        "jakarta.mail..",
                        "org.primefaces..")
                .because("the domain is called by the wars and knows nothing about how it is called"));
    }

    @Test
    void theWarsNeverDependOnEachOther() {
        check(noClasses().that(PORTAL).should().dependOnClassesThat(CLINICIAN));
        check(noClasses().that(CLINICIAN).should().dependOnClassesThat(PORTAL));
    }

    @Test
    void viewBeansHaveNoEntityManager() {
        check(noClasses()
                .that(PORTAL.or(CLINICIAN))
                .and()
                .resideOutsideOfPackage("..api..")
                .should()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("a view bean holds page state and calls a boundary; queries and transactions live there"));
    }

    /**
     * Every public method of a domain boundary (a {@code @Transactional} class in a {@code boundary}
     * package) leaves an audit event ({@code @Audited} on it or its class), but for the ones listed
     * here, which read nothing of anyone's health: a new boundary method is audited unless it is
     * added to this list with its reason.
     */
    private static final Map<String, String> NOT_HEALTH_DATA = Map.ofEntries(
            Map.entry("CareTeams.clinicians", "the practice's clinicians by name, for the admin's pick lists"),
            Map.entry("CrisisResources.text", "the practice's crisis text, shown to anyone, signed in or not"),
            Map.entry("CrisisResources.notWatched", "whether the practice watches messages: a setting"),
            Map.entry("Invitations.intakeInstruments", "the instruments' codes an invitation may assign"),
            Map.entry("MyJournal.today", "the caller's own calendar day"),
            Map.entry("MyLanguage.chosen", "the caller's own language preference, read for every page"),
            Map.entry("RecordExport.instruments", "the questionnaires' definitions, the same for everyone"),
            Map.entry(
                    "MyMessages.unread",
                    "a count for the header's badge, polled every 30 s; reading a thread is audited"),
            Map.entry(
                    "TeamMessages.unread",
                    "a count for the header's badge, polled every 30 s; reading a thread is audited"),
            Map.entry("MyScreeners.instrument", "a questionnaire's definition, the same for everyone"),
            Map.entry("MyScreeners.instruments", "the questionnaires' definitions, the same for everyone"),
            Map.entry("PatientScreeners.instruments", "the questionnaires' definitions, the same for everyone"),
            Map.entry("PracticeTime.today", "the practice's calendar day"),
            Map.entry("PracticeTime.zone", "the practice's or a given time zone"),
            Map.entry(
                    "SignIns.arrived",
                    "the caller's own account binding and address at sign-in; a change is audited (AccountRecords)"));

    @Test
    void everyBoundaryMethodIsAuditedButThoseThatReadNoHealthData() {
        Set<String> unaudited = CLASSES.stream()
                .filter(DOMAIN::test)
                .filter(c -> c.getPackageName().endsWith(".boundary"))
                .filter(c -> c.isAnnotatedWith("jakarta.transaction.Transactional"))
                .flatMap(c -> c.getMethods().stream())
                .filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(m -> !m.isAnnotatedWith(AUDITED) && !m.getOwner().isAnnotatedWith(AUDITED))
                .map(m -> m.getOwner().getSimpleName() + "." + m.getName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(NOT_HEALTH_DATA.keySet()), unaudited);
    }

    private static final String AUDITED = "org.thaw.audit.boundary.Audited";

    private static void check(ArchRule rule) {
        rule.check(CLASSES);
    }

    /** The classes that come from the same jar or folder as {@code marker}. */
    private static DescribedPredicate<JavaClass> module(String name, String marker) {
        String file = marker.replace('.', '/') + ".class";
        URL url = Objects.requireNonNull(
                ArchitectureTest.class.getClassLoader().getResource(file),
                () -> marker + " is not on the test class path: is " + name + " a test dependency of deploy?");
        String root = url.toString().substring(0, url.toString().length() - file.length());
        return DescribedPredicate.describe("the " + name + " module", c -> c.getSource()
                .map(s -> s.getUri().toString().startsWith(root))
                .orElse(false));
    }
}
