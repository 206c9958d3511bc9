package org.thaw.integration.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thaw.flag.boundary.FlagView.EvidenceView;

/**
 * A flag's evidence as a clinician reads it: identical sentences once, with how often they were
 * recorded ("… ×3") and the latest time; newest first; the first few shown and the rest behind
 * "and N more". A flag that fired every day for weeks stays a short list. The sentences are
 * written in the reader's language ({@link EvidenceWords}).
 *
 * @param newest the lines shown at once
 * @param more the older lines, behind a disclosure
 */
public record EvidenceLines(List<Line> newest, List<Line> more) implements Serializable {

    /** How many lines a chart shows before "and N more". */
    public static final int SHOWN = 3;

    /** One sentence, how many times it was recorded, and the latest of those times. */
    public record Line(String summary, int times, Instant latest) implements Serializable {}

    /** The evidence grouped by identical sentence in the current page's language, newest first, split after {@code shown} lines. */
    public static EvidenceLines of(List<EvidenceView> evidence, int shown) {
        return of(evidence, shown, Texts.locale());
    }

    /** As {@link #of(List, int)}, the sentences in {@code locale}. */
    public static EvidenceLines of(List<EvidenceView> evidence, int shown, Locale locale) {
        Map<String, Line> bySentence = new LinkedHashMap<>();
        for (EvidenceView e : evidence) {
            String summary = EvidenceWords.sentence(e, locale).strip();
            bySentence.merge(
                    summary,
                    new Line(summary, 1, e.recordedAt()),
                    (a, b) -> new Line(summary, a.times() + b.times(), later(a.latest(), b.latest())));
        }
        List<Line> lines = new ArrayList<>(bySentence.values());
        lines.sort(Comparator.comparing(Line::latest, Comparator.nullsLast(Comparator.reverseOrder())));
        int cut = Math.min(Math.max(shown, 0), lines.size());
        return new EvidenceLines(List.copyOf(lines.subList(0, cut)), List.copyOf(lines.subList(cut, lines.size())));
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
