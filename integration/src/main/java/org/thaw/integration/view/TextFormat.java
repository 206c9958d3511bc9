package org.thaw.integration.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A bundle text with its arguments filled in, for a page that needs one inside an attribute (a
 * column header, a button, a label) where {@code h:outputFormat} cannot stand:
 * {@code #{fmt.of1('plan.goal', s.index + 1)}}. The text follows the page's language, as
 * {@code #{msg['key']}} does.
 */
@Named("fmt")
@ApplicationScoped
public class TextFormat {

    private static final List<String> FLAG_KEYS = List.of("", ".journal", ".other");
    private static final ResourceBundle ENGLISH = Texts.bundle(Locale.ENGLISH);

    /**
     * A flag's name ("Persistent numbness") in the page's language: the domain names flags in
     * English, and the bundle's {@code flag.type.<TYPE>} texts (with {@code .journal} and
     * {@code .other} where the name depends on the evidence) say which name is which.
     */
    public String flag(Object type, String label) {
        return FLAG_KEYS.stream()
                .map(suffix -> "flag.type." + type + suffix)
                .filter(key ->
                        ENGLISH.containsKey(key) && ENGLISH.getString(key).equals(label))
                .findFirst()
                .map(key -> Texts.getOr(key, label))
                .orElse(label);
    }

    /**
     * The page language's month names, comma-separated, as the pages write them in a day ("ene,feb,…"):
     * {@code thaw/chart-dates.js} gives them to the charts' date axis.
     */
    public String months() {
        return String.join(",", Times.months(Texts.locale()));
    }

    /** The text for {@code key} with one argument. */
    public String of1(String key, Object a) {
        return Texts.get(key, a);
    }

    /** The text for {@code key} with two arguments. */
    public String of2(String key, Object a, Object b) {
        return Texts.get(key, a, b);
    }

    /** The text for {@code key} with three arguments. */
    public String of3(String key, Object a, Object b, Object c) {
        return Texts.get(key, a, b, c);
    }

    /** The text for {@code key} with four arguments. */
    public String of4(String key, Object a, Object b, Object c, Object d) {
        return Texts.get(key, a, b, c, d);
    }
}
