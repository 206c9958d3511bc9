package org.thaw.integration.view;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a page is written in: the one the person chose on their record, else the first
 * of their browser's {@code Accept-Language} that Thaw speaks, else English.
 */
public final class Languages {

    /** The languages of the pages, English first (the fallback). */
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private Languages() {}

    /** The page's language for a person's chosen tag (may be empty) and their browser's languages, in order. */
    public static Locale pick(Optional<String> chosen, Iterator<Locale> accepted) {
        Optional<Locale> own = chosen.flatMap(Languages::supported);
        if (own.isPresent()) {
            return own.get();
        }
        while (accepted != null && accepted.hasNext()) {
            Locale candidate = accepted.next();
            Optional<Locale> spoken = candidate == null ? Optional.empty() : supported(candidate.getLanguage());
            if (spoken.isPresent()) {
                return spoken.get();
            }
        }
        return Locale.ENGLISH;
    }

    /** The supported language with this tag's language ("es-MX" is Spanish), if Thaw speaks it. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }
}
