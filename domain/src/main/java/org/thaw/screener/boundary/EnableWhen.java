package org.thaw.screener.boundary;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A question asked only after an earlier one was answered a certain way (FHIR's enableWhen, with
 * the one operator Thaw needs: "is"). The answer is the option's code, or its score written as a
 * number, so a definition reads the same whatever the earlier question's type.
 *
 * <p>{@link #isMetBy} is the one rule for "is this question asked": the scoring engine uses it to
 * refuse and to require answers, and the questionnaire page uses it to show and hide questions.
 */
public record EnableWhen(String linkId, String answer) implements Serializable {

    public EnableWhen {
        if (linkId == null || linkId.isBlank() || answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("enableWhen needs a linkId and an answer");
        }
    }

    /**
     * Whether the answers given so far ask the question: the earlier question's answer is this
     * one (a score as an Integer, or its text; a code), or, for several codes, includes it.
     *
     * @param answers linkId to answer, as the scoring engine reads answers; a missing or null
     *     answer never asks
     */
    public boolean isMetBy(Map<String, ?> answers) {
        Object earlier = answers.get(linkId);
        if (earlier instanceof List<?> codes) {
            return codes.contains(answer);
        }
        return earlier != null && String.valueOf(earlier).equals(answer);
    }
}
