package org.thaw.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.thaw.journal.boundary.Choice;

/**
 * The plan catalogues for forms: interventions, the instruments a SCORE goal may name (with their
 * ranges and default comparison) and the journal measures a JOURNAL goal may name. Not sensitive
 * and not about anyone: no caller check, no audit, no transaction.
 */
@ApplicationScoped
public class PlanChoices {

    /** The interventions of the catalogue, in catalogue order ({@code other} last). */
    public List<Choice> interventions() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The instruments a SCORE goal may name, in catalogue order. */
    public List<InstrumentChoice> instruments() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The journal measures a JOURNAL goal may name ({@code numbness}). */
    public List<Choice> journalMeasures() {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The goal kinds with their labels. */
    public List<Choice> goalKinds() {
        throw new UnsupportedOperationException("not built yet");
    }
}
