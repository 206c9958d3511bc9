package org.thaw.flag.control;

import java.util.Optional;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;

/**
 * One flag rule over screener results, evaluated when a result arrives. Plain Java, so each rule
 * is tested at its edges without a container.
 */
public interface ScreenerRule {

    FlagType type();

    /** The severity a new flag of this type opens with. */
    Severity severity();

    /** Evidence when the rule fires; results entered before {@link ScreenerFacts#writtenAfter} never count. */
    Optional<Evidence> evaluate(ScreenerFacts facts, ScreenerThresholds thresholds);
}
