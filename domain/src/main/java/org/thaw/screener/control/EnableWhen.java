package org.thaw.screener.control;

/**
 * A question asked only after an earlier one was answered a certain way (FHIR's enableWhen, with
 * the one operator Thaw needs: "is"). The answer is the option's code, or its score written as a
 * number, so a definition reads the same whatever the earlier question's type.
 */
public record EnableWhen(String linkId, String answer) {

    public EnableWhen {
        if (linkId == null || linkId.isBlank() || answer == null || answer.isBlank()) {
            throw new IllegalArgumentException("enableWhen needs a linkId and an answer");
        }
    }
}
