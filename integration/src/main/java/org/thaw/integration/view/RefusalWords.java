package org.thaw.integration.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the domain says of a refused field ("must be between 0 and 10") in the reader's language.
 * The domain words its refusals in English, the language of the REST API's problems; a page
 * shows them in its own. Each {@code refusal.*} text of the bundle is a template: the English one
 * is matched against the domain's words (each {@code {0}} standing for a part that varies, a
 * number or a day), and the same key's text in the reader's language is filled with those parts.
 * Words no template matches stay as the domain wrote them.
 *
 * <p>The REST APIs' problems are worded the same way: their own {@code title} and {@code detail}
 * are {@code problem.*} templates of the bundle, read in the caller's language by
 * {@link org.thaw.integration.rest.ProblemLanguage} together with each field's refusal.
 */
public final class RefusalWords {

    /** The keys whose English text is a template: a field's refusal, a problem's title or detail. */
    private static final List<String> PREFIXES = List.of("refusal.", "problem.");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    /** The English templates, most specific (longest fixed text) first. */
    private static volatile List<Template> templates;

    private RefusalWords() {}

    /** The domain's words in the current page's language. */
    public static String of(String message) {
        return in(Texts.locale(), message);
    }

    /** The domain's words in {@code locale}. */
    public static String in(Locale locale, String message) {
        if (message == null || "en".equals(locale.getLanguage())) {
            return message;
        }
        ResourceBundle words = Texts.bundle(locale);
        for (Template template : templates()) {
            Matcher m = template.pattern.matcher(message);
            if (m.matches() && words.containsKey(template.key)) {
                String text = words.getString(template.key);
                if (!template.order.isEmpty()) {
                    text = text.replace("''", "'");
                }
                for (int i = 0; i < m.groupCount(); i++) {
                    text = text.replace("{" + template.order.get(i) + "}", m.group(i + 1));
                }
                return text;
            }
        }
        return message;
    }

    private static List<Template> templates() {
        List<Template> known = templates;
        if (known == null) {
            ResourceBundle english = Texts.bundle(Locale.ENGLISH);
            List<Template> all = new ArrayList<>();
            for (String key : english.keySet()) {
                if (PREFIXES.stream().anyMatch(key::startsWith)) {
                    all.add(Template.of(key, english.getString(key)));
                }
            }
            all.sort(Comparator.comparingInt((Template t) -> t.fixed).reversed().thenComparing(t -> t.key));
            known = List.copyOf(all);
            templates = known;
        }
        return known;
    }

    private record Template(String key, Pattern pattern, List<Integer> order, int fixed) {

        static Template of(String key, String written) {
            // a template with arguments writes an apostrophe as '', as every text with arguments does
            String english = ARGUMENT.matcher(written).find() ? written.replace("''", "'") : written;
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new ArrayList<>();
            Matcher argument = ARGUMENT.matcher(english);
            int at = 0;
            int fixed = 0;
            while (argument.find()) {
                String literal = english.substring(at, argument.start());
                regex.append(Pattern.quote(literal)).append("(.+?)");
                fixed += literal.length();
                order.add(Integer.parseInt(argument.group(1)));
                at = argument.end();
            }
            String tail = english.substring(at);
            regex.append(Pattern.quote(tail));
            fixed += tail.length();
            return new Template(key, Pattern.compile(regex.toString(), Pattern.DOTALL), List.copyOf(order), fixed);
        }
    }
}
