package org.thaw.screener.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accepted answers and what they add up to. {@code answers} holds only the questions answered, in
 * the instrument's order, as {@link Scoring} normalized them (Integer, String, or an unmodifiable
 * List of String). {@code total} is {@code rawTotal} times the instrument's multiplier; {@code band}
 * is null when the instrument has none. {@code safetyPositive} is true when any safety item (PHQ-9
 * item 9) was answered above 0; {@code safetyItemsPositive} names them. A negative safety answer
 * does not mean the patient is safe (see the clinical reference); it only means this rule did not fire.
 */
public record Scored(
        Instrument instrument,
        Map<String, Object> answers,
        int rawTotal,
        int total,
        Band band,
        boolean safetyPositive,
        List<String> safetyItemsPositive) {

    public Scored {
        Objects.requireNonNull(instrument, "instrument");
        answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        safetyItemsPositive = List.copyOf(safetyItemsPositive);
    }
}
