package org.thaw.integration.view;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Answer;
import org.thaw.flag.boundary.EvidenceMessage.Arg;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.EvidenceMessage.Mean;
import org.thaw.flag.boundary.EvidenceMessage.Parts;
import org.thaw.flag.boundary.EvidenceMessage.Text;
import org.thaw.flag.boundary.EvidenceMessage.Word;
import org.thaw.flag.boundary.FlagView.EvidenceView;
import org.thaw.screener.boundary.InstrumentLanguages;

/**
 * A flag's evidence in the reader's language: the stored message's key through the bundles, days
 * in the language's one date format ({@link Times#day}), means with the language's decimal sign,
 * an instrument's answer in that language's version of the instrument where one exists (else as
 * stored). A row without a message, or whose message the bundles cannot write, reads as its
 * stored English summary. The result is plain text: the page escapes it.
 */
public final class EvidenceWords {

    private EvidenceWords() {}

    /** The sentence in the current page's language. */
    public static String sentence(EvidenceView e) {
        return sentence(e, Texts.locale());
    }

    /** The sentence in {@code locale}. */
    public static String sentence(EvidenceView e, Locale locale) {
        String summary = e.summary() == null ? "" : e.summary().strip();
        if (e.message() == null) {
            return summary;
        }
        try {
            return write(e.message(), locale);
        } catch (MissingResourceException | IllegalArgumentException unwritable) {
            return summary;
        }
    }

    static String write(EvidenceMessage message, Locale locale) {
        Object[] args = message.args().stream().map(a -> arg(a, locale)).toArray();
        return Texts.get(locale, message.key(), args);
    }

    private static String arg(Arg arg, Locale locale) {
        if (arg instanceof Count c) {
            return NumberFormat.getIntegerInstance(locale).format(c.value());
        } else if (arg instanceof Mean m) {
            NumberFormat one = NumberFormat.getNumberInstance(locale);
            one.setMinimumFractionDigits(1);
            one.setMaximumFractionDigits(1);
            return one.format(m.value());
        } else if (arg instanceof Day d) {
            return Times.day(d.value(), locale);
        } else if (arg instanceof Text t) {
            return t.value();
        } else if (arg instanceof Word w) {
            ResourceBundle bundle = Texts.bundle(locale);
            return bundle.containsKey(w.key()) ? bundle.getString(w.key()) : w.english();
        } else if (arg instanceof Answer a) {
            return InstrumentLanguages.option(a.instrument(), a.version(), a.linkId(), a.score(), locale.getLanguage())
                    .orElse(a.english());
        }
        return ((Parts) arg).parts().stream().map(p -> write(p, locale)).collect(Collectors.joining("; "));
    }
}
