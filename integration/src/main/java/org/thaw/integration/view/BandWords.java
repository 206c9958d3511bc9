package org.thaw.integration.view;

import java.util.Locale;
import java.util.ResourceBundle;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.InstrumentLanguages;

/**
 * An instrument's band labels and short title as a clinician reads them: from the reader's language
 * version of the instrument where Thaw has one (its numbness check), else from the bundles
 * ({@code band.<instrument>.v<version>.<band>}, and {@code ….clinician} where the care team reads
 * another label than the patient), else as the definition has them (English).
 */
public final class BandWords {

    private BandWords() {}

    /** The bundle key of a band's label: {@code band.phq9.v1.MODERATE}. */
    public static String key(String instrument, String version, String band) {
        return "band." + instrument.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT) + ".v" + version + "."
                + band;
    }

    /**
     * The clinician's label of a result's band in {@code locale}: {@code clinicianLabel} and {@code
     * label} as the result has them in English (equal where the care team reads the patient's).
     */
    public static String clinicianLabel(
            String instrument, String version, String band, String label, String clinicianLabel, Locale locale) {
        if (band == null || clinicianLabel == null) {
            return clinicianLabel;
        }
        boolean same = clinicianLabel.equals(label);
        return word(key(instrument, version, band) + (same ? "" : ".clinician"), locale)
                .orElseGet(
                        () -> same ? languageVersionLabel(instrument, version, band, locale, label) : clinicianLabel);
    }

    /**
     * {@code d} as a reader of {@code locale} reads its title and bands: the language version where
     * Thaw has one, else the definition with its band labels from the bundles.
     */
    public static InstrumentDefinition in(InstrumentDefinition d, Locale locale) {
        String language = locale.getLanguage();
        if (language.equals(InstrumentLanguages.versionFor(d, language))) {
            return InstrumentLanguages.in(d, language);
        }
        return new InstrumentDefinition(
                d.code(),
                d.version(),
                d.title(),
                d.shortTitle(),
                d.validated(),
                d.disclaimer(),
                d.period(),
                d.stem(),
                d.notice(),
                d.loinc(),
                d.totalLoinc(),
                d.multiplier(),
                d.bands().stream()
                        .map(b -> new InstrumentDefinition.Band(
                                b.code(),
                                word(key(d.code(), d.version(), b.code()), locale)
                                        .orElse(b.label()),
                                b.min(),
                                b.max()))
                        .toList(),
                d.changeThreshold(),
                d.higherIsWorse(),
                d.safetyItems(),
                d.items(),
                d.min(),
                d.max());
    }

    private static String languageVersionLabel(
            String instrument, String version, String band, Locale locale, String english) {
        return InstrumentLanguages.bandLabel(instrument, version, band, locale.getLanguage())
                .orElse(english);
    }

    private static java.util.Optional<String> word(String key, Locale locale) {
        ResourceBundle bundle = Texts.bundle(locale);
        return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    }
}
