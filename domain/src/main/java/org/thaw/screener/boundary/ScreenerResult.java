package org.thaw.screener.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.thaw.screener.control.Band;
import org.thaw.screener.control.Change;
import org.thaw.screener.control.Instrument;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.screener.control.Item;
import org.thaw.screener.control.Option;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * One screener result as the portal and the chart show it: the stored total and band, the answers
 * in words (read from the version the patient answered), and the change from the first result of
 * the instrument (the baseline) and from the one before, labelled by the instrument's minimal
 * important difference. Response and remission are PHQ-9's, and only on a follow-up result whose
 * baseline was above 9 (docs/clinical-rules.md, "Screeners: scores, bands and change").
 *
 * <p>Patients and their care team read different band labels (docs/clinical-rules.md, "Band
 * labels"): {@link #of} is the patient's view, whose {@code bandClinicianLabel} is always null;
 * {@link #forCareTeam} fills it.
 *
 * @param max the highest total the instrument allows (null for one Thaw does not know)
 * @param band the stored band code (neutral: patients read it too)
 * @param bandLabel the band's patient-facing label
 * @param bandClinicianLabel the band's clinician-facing label; null in the patient's view
 * @param changeFromBaseline null for the baseline itself, or where no threshold is known
 * @param response PHQ-9 follow-ups of a baseline above 9 only: at most half the baseline (null otherwise)
 * @param remission PHQ-9 follow-ups of a baseline above 9 only: below 5 (null otherwise)
 * @param language the language version the patient answered ("en", "es")
 */
public record ScreenerResult(
        UUID id,
        String instrument,
        String title,
        String version,
        Source source,
        LocalDate administeredOn,
        Instant submittedAt,
        int total,
        Integer max,
        String band,
        String bandLabel,
        String bandClinicianLabel,
        boolean safetyPositive,
        List<Answer> answers,
        Integer fromBaseline,
        ChangeLabel changeFromBaseline,
        Integer fromPrevious,
        ChangeLabel changeFromPrevious,
        Boolean response,
        Boolean remission,
        String enteredBy,
        String language) {

    /** One answer in words: the question's number and text, and the answer's text and score. */
    public record Answer(String linkId, int position, String question, String answer, Integer score, boolean scored) {}

    public ScreenerResult {
        answers = List.copyOf(answers);
    }

    /**
     * Results of one patient as the patient reads them, oldest first, each with its changes; the
     * input is oldest first. Clinician-facing band labels are left out.
     */
    public static List<ScreenerResult> of(List<ScreenerResponse> history, InstrumentCatalogue catalogue) {
        return of(history, catalogue, false);
    }

    /** Results of one patient as their care team reads them: {@link #of} plus the clinician-facing band labels. */
    public static List<ScreenerResult> forCareTeam(List<ScreenerResponse> history, InstrumentCatalogue catalogue) {
        return of(history, catalogue, true);
    }

    private static List<ScreenerResult> of(
            List<ScreenerResponse> history, InstrumentCatalogue catalogue, boolean careTeam) {
        Map<String, ScreenerResponse> baseline = new HashMap<>();
        Map<String, ScreenerResponse> previous = new HashMap<>();
        List<ScreenerResult> results = new ArrayList<>(history.size());
        for (ScreenerResponse r : history) {
            ScreenerResponse first = baseline.putIfAbsent(r.instrument(), r);
            ScreenerResponse before = previous.put(r.instrument(), r);
            results.add(of(r, first, before, catalogue, careTeam));
        }
        return results;
    }

    /** {@code first} and {@code before} are null for the baseline itself. */
    static ScreenerResult of(
            ScreenerResponse r,
            ScreenerResponse first,
            ScreenerResponse before,
            InstrumentCatalogue catalogue,
            boolean careTeam) {
        Optional<Instrument> latest = catalogue.find(r.instrument());
        Optional<Instrument> answered = r.version() == null ? latest : catalogue.find(r.instrument(), r.version());
        Instrument scale = answered.or(() -> latest).orElse(null);
        String title = scale == null ? r.instrument() : scale.shortTitle();
        Band band = scale == null || r.band() == null
                ? null
                : scale.bands().stream()
                        .filter(b -> b.code().equals(r.band()))
                        .findFirst()
                        .orElse(null);
        boolean tracked = "PHQ-9".equals(r.instrument()) && first != null && Change.tracksResponse(first.total());
        return new ScreenerResult(
                r.id(),
                r.instrument(),
                title,
                r.version(),
                r.source(),
                r.administeredOn(),
                r.submittedAt(),
                r.total(),
                scale == null ? null : scale.max(),
                r.band(),
                band == null ? null : band.label(),
                band == null || !careTeam ? null : band.clinicianLabel(),
                r.safetyPositive(),
                answers(r, answered.orElse(null)),
                first == null ? null : r.total() - first.total(),
                first == null || scale == null ? null : Change.between(scale, first.total(), r.total()),
                before == null ? null : r.total() - before.total(),
                before == null || scale == null ? null : Change.between(scale, before.total(), r.total()),
                tracked ? Change.response(first.total(), r.total()) : null,
                tracked ? Change.remission(r.total()) : null,
                r.enteredBy(),
                r.language());
    }

    private static List<Answer> answers(ScreenerResponse r, Instrument instrument) {
        if (instrument == null) {
            return List.of();
        }
        List<Answer> answers = new ArrayList<>();
        for (Item item : instrument.items()) {
            Object value = r.answers().get(item.linkId());
            if (value == null) {
                continue;
            }
            answers.add(new Answer(
                    item.linkId(),
                    instrument.position(item.linkId()),
                    item.text(),
                    words(item, value),
                    value instanceof Number n ? n.intValue() : null,
                    item.scored()));
        }
        return answers;
    }

    private static String words(Item item, Object value) {
        if (value instanceof List<?> codes) {
            List<String> texts =
                    codes.stream().map(c -> text(item, String.valueOf(c))).toList();
            return texts.isEmpty() ? "None" : String.join(", ", texts);
        }
        return text(item, String.valueOf(value));
    }

    private static String text(Item item, String answer) {
        Option option = item.option(answer);
        return option == null ? answer : option.text();
    }
}
