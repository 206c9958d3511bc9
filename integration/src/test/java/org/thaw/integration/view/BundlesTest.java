package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text exists in English and Spanish, and the pages hold no words of their own: what a
 * person reads comes from a bundle (or from a catalogue, through a bean).
 */
class BundlesTest {

    /** Each English bundle and its Spanish file, relative to the project's root. */
    private static final List<String> BUNDLES = List.of(
            "integration/src/main/resources/org/thaw/integration/view/messages",
            "integration/src/main/resources/org/thaw/integration/view/GoalWords",
            "integration/src/main/resources/org/thaw/integration/mail/NotificationMail",
            "portal-web/src/main/resources/org/thaw/portal/plan/Interventions",
            "deploy/src/main/keycloak/themes/thaw/login/messages/messages");

    /** The pages that must hold no literal text: the portal's, and both apps' shared layout. */
    private static final List<String> PAGES = List.of(
            "portal-web/src/main/webapp",
            "clinician-web/src/main/webapp/WEB-INF/templates",
            "clinician-web/src/main/webapp/signed-out.xhtml");

    /** Attributes whose value a person reads or hears. */
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile(
            "\\s(value|itemLabel|headerText|placeholder|title|aria-label|ariaLabel|emptyMessage|counterTemplate"
                    + "|label|alt|requiredMessage|validatorMessage|converterMessage)=\"([^\"]*)\"");

    /** What may stand in a page as written: punctuation, numbers and symbols around the brand or a date pattern. */
    private static final Pattern ALLOWED = Pattern.compile("[\\s\\p{P}\\p{S}\\d]*");

    private static final Pattern NAMES = Pattern.compile("\\bThaw\\b|yyyy-mm-dd|yyyy-MM-dd");

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        for (String bundle : BUNDLES) {
            Path base = ROOT.resolve(bundle + ".properties");
            Set<String> english = keys(Files.exists(base) ? base : ROOT.resolve(bundle + "_en.properties"));
            Set<String> spanish = keys(ROOT.resolve(bundle + "_es.properties"));
            Set<String> missing = new TreeSet<>(english);
            missing.removeAll(spanish);
            Set<String> extra = new TreeSet<>(spanish);
            extra.removeAll(english);
            assertEquals(Set.of(), missing, bundle + ": keys without Spanish");
            assertEquals(Set.of(), extra, bundle + ": Spanish keys that English lacks");
        }
    }

    @Test
    void thePagesHoldNoWordsOutsideTheBundles() throws IOException {
        List<String> literals = new ArrayList<>();
        for (String place : PAGES) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(place))) {
                for (Path page :
                        files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                    literalsIn(page, literals);
                }
            }
        }
        assertTrue(literals.isEmpty(), "words written into pages:\n" + String.join("\n", literals));
    }

    @Test
    void theScanFindsWordsInTextAndInShownAttributes() throws IOException {
        Path page = Files.createTempFile("page", ".xhtml");
        Files.writeString(
                page,
                "<p title=\"Hello #{x}\">#{msg['a']} Save <!-- a comment --></p>"
                        + "<p:column headerText=\"#{msg['b']}\"/><h:outputText value=\" (#{y})\"/>");
        List<String> literals = new ArrayList<>();
        literalsIn(page, literals);
        Files.delete(page);
        assertEquals(2, literals.size(), literals.toString());
    }

    private static void literalsIn(Path page, List<String> literals) throws IOException {
        String xml = Files.readString(page, StandardCharsets.UTF_8)
                .replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<\\?xml.*?\\?>|<!DOCTYPE[^>]*>", "")
                .replaceAll("(?s)<(script|style)\\b.*?</\\1>", "");
        Matcher attribute = SHOWN_ATTRIBUTE.matcher(xml);
        while (attribute.find()) {
            check(page, attribute.group(1) + "=\"" + attribute.group(2) + "\"", attribute.group(2), literals);
        }
        String text = xml.replaceAll("(?s)<[^>]*>", "\n");
        for (String piece : text.split("\n")) {
            check(page, piece.strip(), piece, literals);
        }
    }

    private static void check(Path page, String where, String shown, List<String> literals) {
        String words = shown.replaceAll("#\\{[^}]*}", "").replace("&nbsp;", " ").replace("&amp;", "&");
        if (!ALLOWED.matcher(NAMES.matcher(words).replaceAll("").strip()).matches()) {
            literals.add(ROOT.relativize(page) + ": " + where);
        }
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
