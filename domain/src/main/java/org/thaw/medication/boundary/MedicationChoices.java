package org.thaw.medication.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.thaw.journal.boundary.Choice;
import org.thaw.medication.control.MedicationCatalogue;

/**
 * The medication catalogues for forms and lists: the antidepressants (RxNorm code, name, class),
 * the units, frequencies and side effects with their labels. Not sensitive and not about anyone: no
 * caller check, no audit, no transaction.
 */
@ApplicationScoped
public class MedicationChoices {

    /** The catalogue's antidepressants, in catalogue order. */
    public List<CatalogueDrug> antidepressants() {
        return MedicationCatalogue.standard().antidepressants();
    }

    /** Dose units: mg, mcg, ml. */
    public List<Choice> units() {
        return Arrays.stream(DoseUnit.values())
                .map(u -> new Choice(u.code(), u.code()))
                .toList();
    }

    /** Frequencies, from once a day to as needed. */
    public List<Choice> frequencies() {
        return Arrays.stream(Frequency.values())
                .map(f -> new Choice(f.code(), f.label()))
                .toList();
    }

    /** The side effects a patient may report, with the labels they read, in display order. */
    public List<Choice> sideEffects() {
        return MedicationCatalogue.standard().effects().entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue()))
                .toList();
    }
}
