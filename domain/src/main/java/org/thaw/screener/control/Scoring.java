package org.thaw.screener.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.thaw.platform.InvalidInputException;
import org.thaw.screener.boundary.EnableWhen;
import org.thaw.screener.boundary.ItemType;

/**
 * The one scoring engine: checks a patient's answers against an {@link Instrument} and adds them
 * up. Every instrument is scored the same way, from its definition, so a new instrument or version
 * is a new file, not new code. Plain Java without state, so a CDI bean, a REST resource or a test
 * can call it alike.
 *
 * <p>Answers are keyed by linkId and already parsed from JSON or a form: an Integer (Long or
 * BigInteger; never a number written with a fraction, such as 2.0) for a {@link ItemType#CHOICE}, a String code for a {@link ItemType#CODE}, a
 * List of String codes for {@link ItemType#CODES}, a "yyyy-mm-dd" String (or a LocalDate) for a
 * {@link ItemType#DATE}. A null value is the same as no answer.
 *
 * <p>Refusals are {@link InvalidInputException}s with messages a patient can read: a missing answer
 * names the field {@value #ANSWERS} and lists the question numbers (then the linkIds, for API
 * users); a wrong answer names {@code answers.<linkId>}.
 *
 * <pre>
 * Scored phq9 = Scoring.score(phq9, Map.of("phq9-1", 2, ..., "phq9-9", 1), today);
 * phq9.total();           // e.g. 12
 * phq9.band().code();     // MODERATE
 * phq9.safetyPositive();  // true: item 9 above "Not at all"
 * </pre>
 */
public final class Scoring {

    /** The field refusals name, alone or as {@code answers.<linkId>}. */
    public static final String ANSWERS = "answers";

    /** The only date form accepted; LocalDate.parse alone would also take "+12024-01-01". */
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Scoring() {}

    /**
     * Checks and scores one set of answers.
     *
     * @param answers linkId to answer; null is no answers at all
     * @param today the patient's today, for refusing dates in the future
     * @throws InvalidInputException when a linkId is not a question of the instrument, an answer is
     *     not one the question offers, a question is answered that is not asked given an earlier
     *     answer, or a required question is unanswered
     */
    public static Scored score(Instrument instrument, Map<String, ?> answers, LocalDate today) {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(today, "today");
        Map<String, ?> given = answers == null ? Map.of() : answers;
        for (String linkId : given.keySet()) {
            if (instrument.item(linkId).isEmpty()) {
                throw new InvalidInputException(field(linkId), "unknown question");
            }
        }

        Map<String, Object> accepted = new LinkedHashMap<>();
        for (Item item : instrument.items()) {
            Object answer = given.get(item.linkId());
            if (answer != null) {
                accepted.put(item.linkId(), normalized(item, answer, today));
            }
        }
        for (Item item : instrument.items()) {
            if (accepted.containsKey(item.linkId()) && !asked(item, accepted)) {
                throw new InvalidInputException(field(item.linkId()), onlyAskedWhen(instrument, item.enableWhen()));
            }
        }
        List<Item> unanswered = instrument.items().stream()
                .filter(item -> item.required() && asked(item, accepted) && !accepted.containsKey(item.linkId()))
                .toList();
        if (!unanswered.isEmpty()) {
            throw new InvalidInputException(ANSWERS, unansweredMessage(instrument, unanswered));
        }

        int rawTotal = instrument.items().stream()
                .filter(Item::scored)
                .mapToInt(item -> (Integer) accepted.get(item.linkId()))
                .sum();
        int total = rawTotal * instrument.multiplier();
        List<String> safetyPositive = instrument.safetyItems().stream()
                .filter(linkId -> accepted.get(linkId) instanceof Integer score && score > 0)
                .toList();
        return new Scored(
                instrument,
                accepted,
                rawTotal,
                total,
                instrument.band(total),
                !safetyPositive.isEmpty(),
                safetyPositive);
    }

    /**
     * The safety items (PHQ-9 item 9) answered above "Not at all", read from the raw answers alone:
     * whatever else in them is missing or wrong, so a refused questionnaire still yields its safety
     * answer (docs/clinical-rules.md, "Safety"). Only an answer that is one of the item's options
     * counts; never throws.
     *
     * @return linkId to score, in the instrument's order; empty when none
     */
    public static Map<String, Integer> safetyAnswers(Instrument instrument, Map<String, ?> answers) {
        Map<String, Integer> positive = new LinkedHashMap<>();
        if (instrument == null || answers == null) {
            return positive;
        }
        for (String linkId : instrument.safetyItems()) {
            Integer score = anyWholeNumber(answers.get(linkId));
            if (score != null
                    && score > 0
                    && instrument
                            .item(linkId)
                            .map(i -> i.scores().contains(score))
                            .orElse(false)) {
                positive.put(linkId, score);
            }
        }
        return positive;
    }

    private static String field(String linkId) {
        return ANSWERS + "." + linkId;
    }

    private static Object normalized(Item item, Object answer, LocalDate today) {
        return switch (item.type()) {
            case CHOICE -> choice(item, answer);
            case CODE -> code(item, answer);
            case CODES -> codes(item, answer);
            case DATE -> date(item, answer, today);
        };
    }

    private static Integer choice(Item item, Object answer) {
        Integer score = wholeNumber(answer);
        if (score == null || !item.scores().contains(score)) {
            throw new InvalidInputException(
                    field(item.linkId()),
                    "must be one of "
                            + item.scores().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        return score;
    }

    /**
     * 2 and 2L (and a BigInteger 2, as JSON integers arrive) are the answer 2; 2.0, 1.5, "2" are not:
     * a number written with a fraction or exponent is refused, never rounded.
     */
    private static Integer wholeNumber(Object answer) {
        if (answer instanceof Integer
                || answer instanceof Long
                || answer instanceof Short
                || answer instanceof Byte
                || answer instanceof BigInteger) {
            try {
                return new BigInteger(answer.toString()).intValueExact();
            } catch (ArithmeticException tooLarge) {
                return null;
            }
        }
        return null;
    }

    /**
     * For safety items only, any number whose value is a whole number (2.0 too): an answer about
     * thoughts of self-harm is read even where it is written loosely, so the crisis resources and
     * the flag never depend on how a client wrote the number.
     */
    private static Integer anyWholeNumber(Object answer) {
        if (!(answer instanceof Number number)) {
            return null;
        }
        try {
            return new BigDecimal(number.toString()).intValueExact();
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return null;
        }
    }

    private static String code(Item item, Object answer) {
        if (!(answer instanceof String code) || !item.codes().contains(code)) {
            throw new InvalidInputException(field(item.linkId()), "must be one of " + String.join(", ", item.codes()));
        }
        return code;
    }

    /** Kept in the options' order, so the same choices are stored the same way whatever the order of ticking. */
    private static List<String> codes(Item item, Object answer) {
        if (!(answer instanceof Collection<?> chosen)) {
            throw new InvalidInputException(
                    field(item.linkId()), "must be a list of any of " + String.join(", ", item.codes()));
        }
        Set<Object> seen = new HashSet<>();
        for (Object code : chosen) {
            if (!(code instanceof String) || !item.codes().contains(code)) {
                throw new InvalidInputException(
                        field(item.linkId()),
                        "has an unknown choice '" + code + "'; allowed are " + String.join(", ", item.codes()));
            }
            if (!seen.add(code)) {
                throw new InvalidInputException(field(item.linkId()), "has the choice '" + code + "' twice");
            }
        }
        return item.codes().stream().filter(chosen::contains).toList();
    }

    /** Stored as "yyyy-mm-dd", the form JSON and the definition files use. */
    private static String date(Item item, Object answer, LocalDate today) {
        LocalDate date = null;
        if (answer instanceof LocalDate given) {
            date = given;
        } else if (answer instanceof String text && DATE.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException notADay) {
                date = null;
            }
        }
        if (date == null || date.isAfter(today)) {
            throw new InvalidInputException(field(item.linkId()), "must be a date, not in the future (yyyy-mm-dd)");
        }
        return date.toString();
    }

    /** Whether the question is asked given the answers accepted so far (always, without enableWhen). */
    private static boolean asked(Item item, Map<String, Object> accepted) {
        return item.enableWhen() == null || item.enableWhen().isMetBy(accepted);
    }

    private static String onlyAskedWhen(Instrument instrument, EnableWhen when) {
        Item earlier = instrument.item(when.linkId()).orElseThrow();
        return "is only asked when question " + instrument.position(when.linkId()) + " is answered “"
                + earlier.option(when.answer()).text() + "”";
    }

    /** "Please answer every question: 3 and 7 are unanswered (phq9-3, phq9-7)." */
    private static String unansweredMessage(Instrument instrument, List<Item> unanswered) {
        List<String> numbers = new ArrayList<>();
        for (Item item : unanswered) {
            numbers.add(String.valueOf(instrument.position(item.linkId())));
        }
        String listed = numbers.size() == 1
                ? numbers.get(0) + " is"
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " and " + numbers.get(numbers.size() - 1)
                        + " are";
        return "Please answer every question: " + listed + " unanswered ("
                + unanswered.stream().map(Item::linkId).collect(Collectors.joining(", ")) + ").";
    }
}
