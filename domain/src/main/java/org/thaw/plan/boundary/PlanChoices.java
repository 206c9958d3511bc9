package org.thaw.plan.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.thaw.journal.boundary.Choice;
import org.thaw.plan.control.PlanRules;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.InstrumentCatalogue;

/**
 * The plan catalogues for forms: interventions, the instruments a SCORE goal may name (with their
 * ranges and default comparison) and the journal measures a JOURNAL goal may name. Not sensitive
 * and not about anyone: no caller check, no audit, no transaction.
 */
@ApplicationScoped
public class PlanChoices {

    /** The interventions of the catalogue, in catalogue order ({@code other} last). */
    public List<Choice> interventions() {
        return Arrays.stream(InterventionCode.values())
                .map(c -> new Choice(c.code(), c.label()))
                .toList();
    }

    /** The instruments a SCORE goal may name, in catalogue order. */
    public List<InstrumentChoice> instruments() {
        InstrumentCatalogue catalogue = InstrumentCatalogue.standard();
        return catalogue.codes().stream()
                .map(code -> catalogue.find(code).orElseThrow())
                .map(PlanChoices::choice)
                .toList();
    }

    private static InstrumentChoice choice(Instrument i) {
        return new InstrumentChoice(i.code(), i.shortTitle(), i.min(), i.max(), PlanRules.defaultComparison(i));
    }

    /** The journal measures a JOURNAL goal may name ({@code numbness}). */
    public List<Choice> journalMeasures() {
        return List.of(new Choice(PlanRules.NUMBNESS, "Numbness (0–10)"));
    }

    /** The goal kinds with their labels. */
    public List<Choice> goalKinds() {
        return List.of(
                new Choice(GoalKind.SCORE.name(), "A screener score"),
                new Choice(GoalKind.JOURNAL.name(), "Numbness in the journal"),
                new Choice(GoalKind.TEXT.name(), "In words (marked met by a clinician)"));
    }
}
