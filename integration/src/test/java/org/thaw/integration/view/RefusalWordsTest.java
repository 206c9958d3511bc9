package org.thaw.integration.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain's refusals read in the reader's language; English readers get them as written. */
class RefusalWordsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Test
    void aRefusalIsWordedInSpanishWithItsFiguresKept() {
        assertEquals("es un campo obligatorio", RefusalWords.in(SPANISH, "is required"));
        assertEquals("debe estar entre 0 y 10", RefusalWords.in(SPANISH, "must be between 0 and 10"));
        assertEquals(
                "debe tener como máximo 200 caracteres", RefusalWords.in(SPANISH, "must be at most 200 characters"));
        assertEquals(
                "no puede ser anterior al inicio del tratamiento (2026-10-01)",
                RefusalWords.in(SPANISH, "must not be before the course started (2026-10-01)"));
        assertEquals(
                "es un campo obligatorio: el nombre del instrumento, de hasta 40 caracteres",
                RefusalWords.in(SPANISH, "is required: the instrument's name, up to 40 characters"));
    }

    @Test
    void theMostSpecificWordingWins() {
        assertEquals("debe estar entre 0 y 24 horas", RefusalWords.in(SPANISH, "must be between 0 and 24 hours"));
        assertEquals(
                "es un campo obligatorio: indique cuál es el objetivo",
                RefusalWords.in(SPANISH, "is required: say what the goal is"));
    }

    @Test
    void englishAndUnknownWordsStayAsWritten() {
        assertEquals("must be between 0 and 10", RefusalWords.in(Locale.ENGLISH, "must be between 0 and 10"));
        assertEquals("is blue", RefusalWords.in(SPANISH, "is blue"));
    }

    /** The refusals the strict JSON reader writes (StrictJson, StrictJsonInterceptor) have their Spanish too. */
    @Test
    void theStrictJsonReadersRefusalsHaveTheirSpanish() {
        assertEquals(
                "debe ser un número entero de 0 a 10, escrito sin decimales ni exponente",
                RefusalWords.in(
                        SPANISH, "must be a whole number from 0 to 10, written without a fraction or exponent"));
        assertEquals(
                "no es un campo de esta solicitud; los campos admitidos son numbness, note",
                RefusalWords.in(SPANISH, "is not a field of this request; allowed are numbness, note"));
        assertEquals(
                "contiene un carácter sustituto sin pareja (\\ud800)",
                RefusalWords.in(SPANISH, "has an unpaired surrogate (\\ud800)"));
        for (String refusal : List.of(
                "is required: a JSON object",
                "must be a JSON object",
                "has something after the JSON object",
                "is not valid JSON",
                "is not valid UTF-8",
                "could not be read",
                "is nested too deeply (at most 64 levels)",
                "has a member name holding the character U+0000",
                "is given twice",
                "must be text (a JSON string)",
                "must be a number",
                "must be true or false",
                "must be a whole number, written without a fraction or exponent",
                "must be a list of codes (a JSON array of strings)",
                "must be a list (a JSON array of objects)",
                "is too large (at most 256 KiB)")) {
            assertNotEquals(refusal, RefusalWords.in(SPANISH, refusal), "no Spanish for: " + refusal);
        }
    }

    /** Every message a Bean Validation constraint of the domain states has its Spanish. */
    @Test
    void everyConstraintMessageOfTheDomainHasItsSpanish() throws IOException {
        Pattern message = Pattern.compile("message = \"([^\"]+)\"");
        Set<String> untranslated = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("..", "domain", "src", "main", "java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = message.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    seen++;
                    if (RefusalWords.in(SPANISH, m.group(1)).equals(m.group(1))) {
                        untranslated.add(m.group(1));
                    }
                }
            }
        }
        assertEquals(Set.of(), untranslated, "constraint messages without Spanish");
        assertEquals(true, seen > 20, "the scan read the domain's constraints: " + seen);
    }
}
