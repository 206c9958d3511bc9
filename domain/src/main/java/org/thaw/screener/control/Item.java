package org.thaw.screener.control;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.thaw.screener.boundary.EnableWhen;
import org.thaw.screener.boundary.ItemType;

/**
 * One question of an instrument. {@code linkId} identifies it in answers and stored responses (and
 * FHIR); {@code code} is its LOINC code where one exists. Only a scored {@link ItemType#CHOICE}
 * adds to the total; an unscored one (PHQ-9's difficulty question) is asked and kept but not added.
 * A question that is not {@code required} may be left out; one with an {@link EnableWhen} is asked,
 * and then required if {@code required}, only when the earlier answer matches.
 *
 * <p>The constructor refuses options that do not fit the type, so {@link Scoring} never meets a
 * CHOICE without scores or a CODE without codes.
 */
public record Item(
        String linkId,
        String text,
        String code,
        ItemType type,
        boolean scored,
        boolean required,
        List<Option> options,
        EnableWhen enableWhen) {

    /** Stored in responses and used in REST field names ("answers.phq9-9"), so kept plain. */
    private static final Pattern LINK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public Item {
        if (linkId == null || !LINK_ID.matcher(linkId).matches()) {
            throw new IllegalArgumentException("'" + linkId + "' is not a linkId (lower case, digits and '-')");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("item " + linkId + " has no text");
        }
        Objects.requireNonNull(type, "type");
        options = options == null ? List.of() : List.copyOf(options);
        if (scored && type != ItemType.CHOICE) {
            throw new IllegalArgumentException("item " + linkId + " is scored but not a CHOICE");
        }
        checkOptions(linkId, type, options);
    }

    private static void checkOptions(String linkId, ItemType type, List<Option> options) {
        if (type == ItemType.DATE) {
            if (!options.isEmpty()) {
                throw new IllegalArgumentException("item " + linkId + " is a DATE and cannot have options");
            }
            return;
        }
        if (options.isEmpty()) {
            throw new IllegalArgumentException("item " + linkId + " has no options");
        }
        Set<Integer> scores = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (Option option : options) {
            if (type == ItemType.CHOICE && option.score() == null) {
                throw new IllegalArgumentException("item " + linkId + ": option '" + option.text() + "' has no score");
            }
            if (type != ItemType.CHOICE && (option.code() == null || option.score() != null)) {
                throw new IllegalArgumentException(
                        "item " + linkId + ": option '" + option.text() + "' needs a code and no score (" + type + ")");
            }
            if (option.score() != null && !scores.add(option.score())) {
                throw new IllegalArgumentException(
                        "item " + linkId + ": the score " + option.score() + " appears twice");
            }
            if (option.code() != null && !codes.add(option.code())) {
                throw new IllegalArgumentException("item " + linkId + ": the code " + option.code() + " appears twice");
            }
        }
    }

    /** The scores a CHOICE accepts, lowest first (none for other types). */
    public List<Integer> scores() {
        return options.stream()
                .map(Option::score)
                .filter(Objects::nonNull)
                .sorted()
                .toList();
    }

    /** The codes a CODE or CODES item accepts, in display order (for a CHOICE, its answer codes). */
    public List<String> codes() {
        return options.stream().map(Option::code).filter(Objects::nonNull).toList();
    }

    /**
     * The option an answer means, written as {@link EnableWhen} writes answers: the code, or for a
     * CHOICE the score as a number. Null when no option matches.
     */
    public Option option(String answer) {
        for (Option option : options) {
            String written = type == ItemType.CHOICE ? String.valueOf(option.score()) : option.code();
            if (written.equals(answer)) {
                return option;
            }
        }
        return null;
    }
}
