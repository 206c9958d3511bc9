package org.thaw.integration.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.thaw.plan.boundary.Comparison;
import org.thaw.plan.boundary.GoalKind;
import org.thaw.plan.boundary.GoalProgress;
import org.thaw.screener.boundary.ChangeLabel;

/**
 * How a treatment-plan goal's progress reads, the same for the patient's plan page and the care
 * team's chart: "PHQ-9: 14 at the start, 8 now — goal: below 10 — met". Every "met" is the domain's
 * ({@link GoalProgress#met()}); this class only words what the boundary computed. The sentences are
 * MessageFormat patterns in {@code GoalWords.properties}, so a translation is one more file.
 *
 * <pre>
 * String line = GoalWords.progress(GoalKind.SCORE, "PHQ-9", Comparison.BELOW, 10, 14, null, goal.progress());
 * </pre>
 */
public final class GoalWords {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private GoalWords() {}

    /**
     * One line of progress in plain words for a goal of {@code kind}: a SCORE goal against its
     * instrument's total, a JOURNAL goal over its days of numbness, a TEXT goal by its text.
     *
     * @param days the JOURNAL goal's period in days (null for other kinds)
     * @param text the TEXT goal's words (null for other kinds)
     */
    public static String progress(
            GoalKind kind,
            String instrument,
            Comparison comparison,
            Integer target,
            Integer days,
            String text,
            GoalProgress progress) {
        boolean met = progress != null && progress.met();
        String status = word(met ? "status.met" : "status.notYet");
        return switch (kind) {
            case SCORE -> score(instrument, comparison, target, progress, status);
            case JOURNAL -> journal(target, days, progress, status);
            case TEXT -> format("text.progress", text == null ? "" : text, status);
        };
    }

    private static String score(
            String instrument, Comparison comparison, Integer target, GoalProgress progress, String status) {
        String compared = comparison(comparison);
        String goal = number(target);
        if (progress == null || (progress.baseline() == null && progress.current() == null)) {
            return format("score.none", instrument, compared, goal);
        }
        boolean onlyOne = progress.baseline() == null
                || progress.current() == null
                || (progress.baselineOn() != null && progress.baselineOn().equals(progress.currentOn()));
        if (onlyOne) {
            BigDecimal only = progress.current() == null ? progress.baseline() : progress.current();
            return format("score.one", instrument, number(only), compared, goal, status);
        }
        return format(
                "score.progress",
                instrument,
                number(progress.baseline()),
                number(progress.current()),
                compared,
                goal,
                status);
    }

    private static String journal(Integer target, Integer days, GoalProgress progress, String status) {
        String period = period(days);
        String needed = progress == null || progress.entriesNeeded() == null ? "" : number(progress.entriesNeeded());
        if (progress == null || progress.current() == null || progress.entries() == null || progress.entries() == 0) {
            return format("journal.none", number(target), period, needed);
        }
        String percent = progress.current()
                .multiply(BigDecimal.valueOf(100))
                .setScale(0, RoundingMode.HALF_UP)
                .toPlainString();
        return format("journal.progress", number(target), period, percent, number(progress.entries()), needed, status);
    }

    /** "below" or "at least". */
    public static String comparison(Comparison comparison) {
        return word("comparison." + (comparison == null ? Comparison.BELOW : comparison).name());
    }

    /** "improved", "worse" or "no reliable change"; empty for none. */
    public static String change(ChangeLabel change) {
        return change == null ? "" : word("change." + change.name());
    }

    /** "met" or "not yet". */
    public static String status(boolean met) {
        return word(met ? "status.met" : "status.notYet");
    }

    /** "14 days", or "2 weeks" for whole weeks. */
    public static String period(Integer days) {
        if (days == null) {
            return "";
        }
        return days % 7 == 0 ? format("period.weeks", days, days / 7) : format("period.days", days, days / 7);
    }

    /** A score without trailing zeros: 8, 7.5. */
    public static String number(Number value) {
        if (value == null) {
            return "";
        }
        BigDecimal decimal = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return decimal.stripTrailingZeros().toPlainString();
    }

    /** The words in the page's language (English outside a page). */
    private static ResourceBundle words() {
        return ResourceBundle.getBundle(
                GoalWords.class.getName(), Texts.locale(), GoalWords.class.getClassLoader(), NO_FALLBACK);
    }

    private static String word(String key) {
        return words().getString(key);
    }

    private static String format(String key, Object... arguments) {
        return new MessageFormat(words().getString(key), Texts.locale()).format(arguments);
    }
}
