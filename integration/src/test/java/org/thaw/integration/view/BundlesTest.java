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

    /** The pages that must hold no literal text: every page, include and template of both apps. */
    private static final List<String> PAGES = List.of("portal-web/src/main/webapp", "clinician-web/src/main/webapp");

    /** Attributes whose value a person reads or hears. */
    private static final Pattern SHOWN_ATTRIBUTE = Pattern.compile(
            "\\s(?:a:)?(value|itemLabel|headerText|header|placeholder|title|aria-label|ariaLabel|emptyMessage"
                    + "|counterTemplate|currentPageReportTemplate|label|alt|requiredMessage|validatorMessage"
                    + "|converterMessage)=\"([^\"]*)\"");

    /** A key a page names: {@code msg['key']}, or the first argument of {@code fmt.of1('key', …)}. */
    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([\\w.]+)'\\]|fmt\\.of\\d\\('([\\w.]+)'");

    /** What may stand in a page as written: punctuation, numbers and symbols around the brand or a date pattern. */
    private static final Pattern ALLOWED = Pattern.compile("[\\s\\p{P}\\p{S}\\d]*");

    /** A link's or an update's target, not words: "/chart.xhtml" after the context path, ":chart:flags". */
    private static final Pattern ADDRESS = Pattern.compile("(/[\\w.-]+)+|(:[\\w-]+)+");

    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*}");

    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    /** A string inside an expression that a person would read: words with a space, or a capitalised word. */
    private static final Pattern WORDS_IN_QUOTES =
            Pattern.compile(".*\\p{L}\\p{L}.*\\s.*\\p{L}.*|\\s*\\p{Lu}\\p{Ll}+.*|.*\\s\\p{Ll}{2,}.*");

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
    void everyKeyAPageNamesIsInTheBundle() throws IOException {
        Set<String> english = keys(ROOT.resolve(BUNDLES.get(0) + ".properties"));
        Set<String> missing = new TreeSet<>();
        for (String place : PAGES) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(place))) {
                for (Path page :
                        files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                    Matcher key = KEY_IN_PAGE.matcher(Files.readString(page, StandardCharsets.UTF_8));
                    while (key.find()) {
                        String name = key.group(1) != null ? key.group(1) : key.group(2);
                        if (!english.contains(name)) {
                            missing.add(ROOT.relativize(page) + ": " + name);
                        }
                    }
                }
            }
        }
        assertEquals(Set.of(), missing, "keys named by pages but missing from the bundle");
    }

    /**
     * Every sentence a flag rule stores for the pages ({@code "evidence.…"} in the rules' code, the
     * safety rule's key for each context, the medication frequencies it names) is in both
     * languages, with the same arguments: a Spanish reader never falls back to the English summary.
     */
    @Test
    void everyEvidenceKeyOfTheRulesIsInBothLanguagesWithTheSameArguments() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(evidence\\.[\\w.]*\\w)\"");
        try (Stream<Path> files = Files.list(ROOT.resolve("domain/src/main/java/org/thaw/flag/control"))) {
            for (Path java : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(java));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (var context : org.thaw.screener.entity.SafetyAnswer.Context.values()) {
            used.add("evidence.safety." + context);
        }
        for (var frequency : org.thaw.medication.boundary.Frequency.values()) {
            used.add("meds.frequency." + frequency.code());
        }
        assertTrue(used.size() > 20, "the scan finds the rules' keys: " + used);
        Properties english = properties(ROOT.resolve(BUNDLES.get(0) + ".properties"));
        Properties spanish = properties(ROOT.resolve(BUNDLES.get(0) + "_es.properties"));
        List<String> problems = new ArrayList<>();
        for (String key : used) {
            if (!english.containsKey(key) || !spanish.containsKey(key)) {
                problems.add(key + ": missing in " + (english.containsKey(key) ? "Spanish" : "English"));
            } else if (!arguments(english.getProperty(key)).equals(arguments(spanish.getProperty(key)))) {
                problems.add(key + ": English and Spanish take different arguments");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Every practice setting has its name in both languages ({@code setting.<key>}). */
    @Test
    void everyPracticeSettingIsNamedInBothLanguages() throws IOException {
        Properties english = properties(ROOT.resolve(BUNDLES.get(0) + ".properties"));
        Properties spanish = properties(ROOT.resolve(BUNDLES.get(0) + "_es.properties"));
        List<String> missing = new ArrayList<>();
        for (var setting : org.thaw.practice.boundary.SettingDefinition.ALL) {
            String key = "setting." + setting.key();
            if (!english.containsKey(key) || !spanish.containsKey(key)) {
                missing.add(key);
            } else {
                assertEquals(setting.label(), english.getProperty(key), "the English name is the setting's own");
            }
        }
        assertEquals(List.of(), missing);
    }

    /**
     * Every band of every instrument version without a Spanish version of its own (Thaw's numbness
     * check has one) has its label in both languages, and its care team's label where that differs.
     */
    @Test
    void everyBandOfTheInstrumentsIsLabelledInBothLanguages() throws IOException {
        Properties english = properties(ROOT.resolve(BUNDLES.get(0) + ".properties"));
        Properties spanish = properties(ROOT.resolve(BUNDLES.get(0) + "_es.properties"));
        List<String> missing = new ArrayList<>();
        int bands = 0;
        for (var instrument :
                org.thaw.screener.control.InstrumentCatalogue.standard().all()) {
            for (var band : instrument.bands()) {
                if (org.thaw.screener.boundary.InstrumentLanguages.bandLabel(
                                instrument.code(), instrument.version(), band.code(), "es")
                        .isPresent()) {
                    continue; // the instrument's own Spanish version names it
                }
                bands++;
                String key = BandWords.key(instrument.code(), instrument.version(), band.code());
                List<String> keys =
                        band.clinicianLabel().equals(band.label()) ? List.of(key) : List.of(key, key + ".clinician");
                for (String k : keys) {
                    if (!english.containsKey(k) || !spanish.containsKey(k)) {
                        missing.add(k);
                    }
                }
                assertEquals(band.label(), english.getProperty(key), "the English label is the definition's");
            }
        }
        assertTrue(bands > 20, "the catalogue's bands are found: " + bands);
        assertEquals(List.of(), missing);
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)}").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void theScanFindsWordsInTextAndInShownAttributes() throws IOException {
        Path page = Files.createTempFile("page", ".xhtml");
        Files.writeString(
                page,
                "<p title=\"Hello #{x}\">#{msg['a']} Save <!-- a comment --></p>"
                        + "<p:column headerText=\"#{msg['b']}\"/><h:outputText value=\" (#{y})\"/>"
                        + "<h:outputText value=\"#{x eq 'OPEN' ? ' · primary' : msg['c.' += x]}\"/>"
                        + "<h:outputLink value=\"#{request.contextPath}/chart.xhtml\"/><p:dialog header=\"Resolve flag\"/>"
                        + "<h:inputText a:placeholder=\"e.g. weekly\"/><h:outputText value=\"#{x ? 'Open' : ''}\"/>");
        List<String> literals = new ArrayList<>();
        literalsIn(page, literals);
        Files.delete(page);
        assertEquals(6, literals.size(), literals.toString());
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
        String left = NAMES.matcher(words).replaceAll("").strip();
        if (!ALLOWED.matcher(left).matches() && !ADDRESS.matcher(left).matches()) {
            literals.add(ROOT.relativize(page) + ": " + where);
            return;
        }
        Matcher expression = EXPRESSION.matcher(shown);
        while (expression.find()) {
            Matcher quoted = QUOTED.matcher(expression.group());
            while (quoted.find()) {
                if (WORDS_IN_QUOTES.matcher(quoted.group(1)).matches()) {
                    literals.add(ROOT.relativize(page) + ": " + where);
                    return;
                }
            }
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
