package org.thaw.flag.control;

import java.util.List;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.screener.control.Item;
import org.thaw.screener.entity.SafetyAnswer;

/**
 * SAFETY: a safety item (PHQ-9 item 9) answered above "Not at all". URGENT, whatever the
 * settings. Unlike the other screener rules it does not wait for a stored response: it reads the
 * {@link SafetyAnswer} the boundary commits first, in its own transaction, so neither a refusal of
 * the rest of the questionnaire nor a later failure can undo it (docs/clinical-rules.md, "Safety").
 */
public final class SafetyRule {

    public static final FlagType TYPE = FlagType.SAFETY;
    public static final Severity SEVERITY = Severity.URGENT;

    private SafetyRule() {}

    /**
     * The sentence a clinician reads, e.g. "PHQ-9 safety answer: item 9 “Several days”, 3 December
     * 2026 — same-day risk assessment advised", or for a refused questionnaire "PHQ-9 item 9
     * answered “More than half the days” on an incomplete PHQ-9, 3 December 2026 — ...". The
     * evidence points at the safety answer.
     */
    public static Evidence evidence(SafetyAnswer a) {
        String item = "item " + position(a) + " ";
        String what =
                switch (a.context()) {
                    case RESPONSE -> a.instrument() + " safety answer: " + item + option(a);
                    case INCOMPLETE ->
                        a.instrument() + " " + item + "answered " + option(a) + " on an incomplete " + a.instrument();
                    case NOT_ACCEPTED ->
                        a.instrument() + " " + item + "answered " + option(a) + " on a " + a.instrument()
                                + " that was not accepted";
                };
        EvidenceMessage message = EvidenceMessage.of(
                "evidence.safety." + a.context(),
                new EvidenceMessage.Text(a.instrument()),
                new EvidenceMessage.Text(position(a)),
                answer(a),
                new EvidenceMessage.Day(a.answeredOn()));
        return new Evidence(
                message,
                what + ", " + Wording.day(a.answeredOn()) + " — same-day risk assessment advised",
                a.answeredOn(),
                a.answeredOn(),
                List.of(a.id()));
    }

    private static String position(SafetyAnswer a) {
        return InstrumentCatalogue.standard()
                .find(a.instrument(), a.version())
                .map(instrument -> String.valueOf(instrument.position(a.linkId())))
                .orElse(a.linkId());
    }

    /** The answer's words as the definition the patient answered has them, else its score. */
    private static EvidenceMessage.Arg answer(SafetyAnswer a) {
        return InstrumentCatalogue.standard()
                .find(a.instrument(), a.version())
                .flatMap(instrument -> instrument.item(a.linkId()))
                .map(Item::options)
                .flatMap(options -> options.stream()
                        .filter(o -> Integer.valueOf(a.answer()).equals(o.score()))
                        .findFirst())
                .<EvidenceMessage.Arg>map(
                        o -> new EvidenceMessage.Answer(a.instrument(), a.version(), a.linkId(), a.answer(), o.text()))
                .orElse(new EvidenceMessage.Text(String.valueOf(a.answer())));
    }

    /** "“Several days”", read from the definition the patient answered. */
    private static String option(SafetyAnswer a) {
        return InstrumentCatalogue.standard()
                .find(a.instrument(), a.version())
                .flatMap(instrument -> instrument.item(a.linkId()))
                .map(Item::options)
                .flatMap(options -> options.stream()
                        .filter(o -> Integer.valueOf(a.answer()).equals(o.score()))
                        .findFirst())
                .map(o -> "“" + o.text() + "”")
                .orElse(String.valueOf(a.answer()));
    }
}
