package org.thaw.journal.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.thaw.journal.control.JournalCatalogue;

/**
 * The answers the check-in offers, with their patient-facing labels, for forms and lists. Not
 * sensitive and not about anyone: no caller check, no audit, no transaction.
 */
@ApplicationScoped
public class JournalChoices {

    /** The emotions a patient may say they noticed, in display order. */
    public List<Choice> emotions() {
        return choices(JournalCatalogue.standard().emotions());
    }

    /** The coping strategies ("what I tried today"), in display order. */
    public List<Choice> coping() {
        return choices(JournalCatalogue.standard().coping());
    }

    /** How much numbness got in the way of daily life, from "not at all" to "extremely". */
    public List<Choice> functioningImpacts() {
        return Arrays.stream(FunctioningImpact.values())
                .map(i -> new Choice(i.name(), i.label()))
                .toList();
    }

    /** The labels of stored emotion codes, in display order. */
    public List<String> emotionLabels(Collection<String> codes) {
        return JournalCatalogue.standard().emotionLabels(codes);
    }

    /** The labels of stored coping codes, in display order. */
    public List<String> copingLabels(Collection<String> codes) {
        return JournalCatalogue.standard().copingLabels(codes);
    }

    private static List<Choice> choices(Map<String, String> catalogue) {
        return catalogue.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue()))
                .toList();
    }
}
