package org.thaw.patient.entity;

import java.util.Locale;
import java.util.Optional;

/** The languages Thaw speaks: every page, e-mail and sentence exists in each of them. */
public enum Language {
    ENGLISH("en"),
    SPANISH("es");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag stored in the database and written into {@code <html lang>}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language with this tag ("en", "es", also "es-MX"), if Thaw speaks it. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        for (Language candidate : values()) {
            if (candidate.tag.equals(language)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
