package org.thaw.screener.boundary;

import java.util.Objects;
import java.util.Optional;
import org.thaw.platform.InvalidInputException;

/**
 * A submission with a safety answer (PHQ-9 item 9 above "Not at all") that did not end in a stored
 * response: refused (questions unanswered, an impossible answer...) or failed. It still carries
 * the crisis resources, for the patient to see first, before the refusal or the error
 * (docs/clinical-rules.md, "Safety"). {@link #recorded()} says whether the safety answer and the
 * care team's URGENT flag were committed (they were unless the failure was in recording them).
 *
 * <p>The cause is what the submission would have thrown without the safety answer: an {@link
 * InvalidInputException} naming the field, or the failure.
 */
public class SafetyAnswerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String crisisResources;
    private final boolean recorded;

    public SafetyAnswerException(String crisisResources, boolean recorded, RuntimeException cause) {
        super(Objects.requireNonNull(cause, "cause").getMessage(), cause);
        this.crisisResources = Objects.requireNonNull(crisisResources, "crisisResources");
        this.recorded = recorded;
    }

    /** The practice's crisis resources (Thaw's default text if they could not be read). */
    public String crisisResources() {
        return crisisResources;
    }

    /** True when the safety answer and its flag are committed: the care team will see it. */
    public boolean recorded() {
        return recorded;
    }

    /** The refusal, when the questionnaire was refused (rather than failed). */
    public Optional<InvalidInputException> refusal() {
        return getCause() instanceof InvalidInputException refused ? Optional.of(refused) : Optional.empty();
    }
}
