package org.thaw.flag.control;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.EvidenceMessage.Mean;
import org.thaw.flag.boundary.EvidenceMessage.Parts;
import org.thaw.flag.boundary.EvidenceMessage.Text;
import org.thaw.flag.boundary.EvidenceMessage.Word;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.medication.control.CourseFact;
import org.thaw.medication.control.CourseFact.Event;
import org.thaw.medication.control.CourseFact.EventKind;
import org.thaw.medication.control.CourseFact.Step;

/**
 * MEDICATION_ONSET (docs/clinical-rules.md): possible medication-related blunting, for a course
 * event (an antidepressant start or daily-dose increase, {@link CourseFact#events()}) that numbness
 * followed. MEDIUM. It fires on the evaluation day when, for events 7–56 days before the onset:
 *
 * <ol>
 *   <li>(a) a PERSISTENT_NUMBNESS window ends on the evaluation day (as {@link PersistentNumbnessRule}
 *       judges it), the first numb entry of its run falls 7–56 days after the event, and there was
 *       no numb entry in the 14 days before the event. The run is followed back from the window's
 *       first numb entry through numb entries less than 14 days apart, so a run under way before the
 *       event never counts, however long it lasts;
 *   <li>(b) the mean numbness of the last 7 days (at least 4 entries) is at least 3 points above the
 *       mean of the 7 days before the event (at least 4 entries), the evaluation day 7–56 days after
 *       the event;
 *   <li>(c) a side-effect report of blunting ≥ 6 names an antidepressant course active on the day of
 *       the report ({@link #reported}).
 * </ol>
 *
 * <p>A course that stopped before the onset (the run's first numb entry; the first of the last 7
 * days) does not count. (a) and (b) each give one piece of evidence naming every course whose event
 * fits, so overlapping courses make one flag. Plain Java; the wording says what was observed and
 * when, never a cause.
 */
public final class MedicationOnsetRule {

    public static final FlagType TYPE = FlagType.MEDICATION_ONSET;
    public static final Severity SEVERITY = Severity.MEDIUM;

    /** flag_evidence.summary is a varchar(500). */
    private static final int SUMMARY_MAX = 500;

    private final PersistentNumbnessRule persistent = new PersistentNumbnessRule();

    /**
     * How many days of journal, the evaluation day included, one evaluation reads: enough for a
     * run's window, the oldest event that can fit it and the clear days before that event, or for
     * the mean before the oldest event (b) can reach; bounded whatever the length of the history.
     */
    public static int journalDays(FlagThresholds t, OnsetThresholds m) {
        return Math.max(t.persistentWindowDays() + m.maxDays() + m.clearDays(), m.maxDays() + m.meanWindowDays() + 1);
    }

    /**
     * Evidence of (a) and (b) for the evaluation day {@code day}, at most one of each.
     *
     * @param facts journal entries of at least the {@link #journalDays} ending on {@code day}
     * @param writtenAfter when the type was last resolved and nothing of it is active, else null:
     *     then the recent entries judged (the PERSISTENT_NUMBNESS window, the last 7 days) must all
     *     have been written after it
     */
    public List<Evidence> evaluate(
            List<JournalFact> facts,
            List<CourseFact> courses,
            LocalDate day,
            FlagThresholds t,
            OnsetThresholds m,
            Instant writtenAfter) {
        return evaluate(facts, courses, day, t, m, Resolution.at(writtenAfter));
    }

    /**
     * As {@link #evaluate(List, List, LocalDate, FlagThresholds, OnsetThresholds, Instant)}, judging
     * the recent entries against the last resolution by when they were written and the day they
     * tell of ({@link Resolution}; null: none).
     */
    public List<Evidence> evaluate(
            List<JournalFact> facts,
            List<CourseFact> courses,
            LocalDate day,
            FlagThresholds t,
            OnsetThresholds m,
            Resolution writtenAfter) {
        List<Event> events = courses.stream()
                .flatMap(c -> c.events().stream())
                .sorted(Comparator.comparing(Event::on))
                .toList();
        if (events.isEmpty()) {
            return List.of();
        }
        LocalDate horizon = day.minusDays(journalDays(t, m) - 1L);
        List<JournalFact> seen = facts.stream()
                .filter(f -> !f.date().isBefore(horizon) && !f.date().isAfter(day))
                .sorted(Comparator.comparing(JournalFact::date))
                .toList();
        List<Evidence> found = new ArrayList<>();
        persistentOnset(seen, events, day, horizon, t, m, writtenAfter).ifPresent(found::add);
        meanShift(seen, events, day, m, writtenAfter).ifPresent(found::add);
        return found;
    }

    /**
     * Evidence of (c): a report of blunting at least {@code reportMinBlunting} that names an
     * antidepressant course active on the day of the report. A report of "not sure" (no course)
     * never fires.
     */
    public Optional<Evidence> reported(BluntingReport report, List<CourseFact> courses, OnsetThresholds m) {
        if (report.courseId() == null || report.blunting() < m.reportMinBlunting()) {
            return Optional.empty();
        }
        return courses.stream()
                .filter(c -> c.courseId().equals(report.courseId()))
                .filter(CourseFact::antidepressant)
                .filter(c -> c.activeOn(report.reportedOn()))
                .findFirst()
                .map(c -> new Evidence(
                        EvidenceMessage.of(
                                "evidence.onset.reported",
                                new Count(report.blunting()),
                                new Day(report.reportedOn()),
                                new Text(c.drug()),
                                new Day(c.startedOn())),
                        "blunting " + report.blunting() + " of 10 reported on " + Wording.day(report.reportedOn())
                                + " about " + c.drug() + ", taken since " + Wording.day(c.startedOn()),
                        report.reportedOn(),
                        report.reportedOn(),
                        List.of(c.courseId(), report.reportId())));
    }

    private Optional<Evidence> persistentOnset(
            List<JournalFact> facts,
            List<Event> events,
            LocalDate day,
            LocalDate horizon,
            FlagThresholds t,
            OnsetThresholds m,
            Resolution writtenAfter) {
        int windowDays = t.persistentWindowDays();
        LocalDate windowStart = day.minusDays(windowDays - 1L);
        Optional<Evidence> window = JournalRule.window(facts, day, windowDays, writtenAfter)
                .flatMap(entries -> persistent.evaluate(entries, windowStart, day, t));
        if (window.isEmpty()) {
            return Optional.empty();
        }
        List<LocalDate> numbDays =
                facts.stream().filter(f -> f.isNumb(t)).map(JournalFact::date).toList();
        LocalDate firstInWindow = numbDays.stream()
                .filter(d -> !d.isBefore(windowStart))
                .findFirst()
                .orElseThrow();
        LocalDate runStart = runStart(numbDays, firstInWindow, m.clearDays());
        List<Event> fitting = events.stream()
                .filter(e -> within(e.on(), runStart, m))
                .filter(e -> !e.on().minusDays(m.clearDays()).isBefore(horizon))
                .filter(e -> numbDays.stream()
                        .noneMatch(d -> d.isBefore(e.on()) && !d.isBefore(e.on().minusDays(m.clearDays()))))
                .filter(e -> !e.course().stoppedBefore(runStart))
                .toList();
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        String summary = window.get().summary() + ", a run from " + Wording.day(runStart) + ": "
                + fitting.stream()
                        .map(e -> DAYS.between(e.on(), runStart) + " days after " + e.describe())
                        .collect(Collectors.joining("; "));
        EvidenceMessage message = EvidenceMessage.of(
                "evidence.onset.run",
                Parts.of(window.get().message()),
                new Day(runStart),
                new Parts(fitting.stream()
                        .map(e -> EvidenceMessage.of(
                                "evidence.onset.after", new Count(DAYS.between(e.on(), runStart)), Parts.of(event(e))))
                        .toList()));
        return Optional.of(new Evidence(
                message,
                capped(summary),
                fitting.get(0).on(),
                day,
                refs(fitting, window.get().refs())));
    }

    private Optional<Evidence> meanShift(
            List<JournalFact> facts, List<Event> events, LocalDate day, OnsetThresholds m, Resolution writtenAfter) {
        LocalDate recentFrom = day.minusDays(m.meanWindowDays() - 1L);
        List<JournalFact> recent = between(facts, recentFrom, day);
        if (recent.size() < m.meanMinEntries()) {
            return Optional.empty();
        }
        if (writtenAfter != null && recent.stream().anyMatch(writtenAfter::precedes)) {
            return Optional.empty();
        }
        List<Event> fitting = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<EvidenceMessage> said = new ArrayList<>();
        List<UUID> baselineIds = new ArrayList<>();
        for (Event e : events) {
            if (!within(e.on(), day, m) || e.course().stoppedBefore(recentFrom)) {
                continue;
            }
            List<JournalFact> before = between(facts, e.on().minusDays(m.meanWindowDays()), e.on().minusDays(1));
            if (before.size() < m.meanMinEntries() || !risen(recent, before, m.meanRise())) {
                continue;
            }
            fitting.add(e);
            before.forEach(f -> baselineIds.add(f.entryId()));
            said.add(EvidenceMessage.of(
                    "evidence.onset.rise",
                    Mean.of(mean(recent) - mean(before)),
                    Mean.of(mean(before)),
                    new Count(before.size()),
                    new Count(m.meanWindowDays()),
                    Parts.of(event(e)),
                    new Count(DAYS.between(e.on(), day))));
            parts.add(points(mean(recent) - mean(before)) + " points above " + points(mean(before)) + " over "
                    + before.size() + " entries in the " + m.meanWindowDays() + " days before " + e.describe()
                    + " (" + DAYS.between(e.on(), day) + " days earlier)");
        }
        if (fitting.isEmpty()) {
            return Optional.empty();
        }
        String summary = "mean numbness " + points(mean(recent)) + " over " + recent.size() + " entries, "
                + Wording.span(recentFrom, day) + ", " + String.join("; ", parts);
        List<UUID> entryIds =
                new ArrayList<>(recent.stream().map(JournalFact::entryId).toList());
        entryIds.addAll(baselineIds);
        EvidenceMessage message = EvidenceMessage.of(
                "evidence.onset.mean",
                Mean.of(mean(recent)),
                new Count(recent.size()),
                new Day(recentFrom),
                new Day(day),
                new Parts(said));
        return Optional.of(new Evidence(message, capped(summary), fitting.get(0).on(), day, refs(fitting, entryIds)));
    }

    /** "the start of sertraline 50 mg once a day on 1 March 2026" as a message, as {@link Event#describe()} says it. */
    static EvidenceMessage event(Event e) {
        Step step = e.step();
        EvidenceMessage dose = EvidenceMessage.of(
                "evidence.dose",
                new Text(step.dose().stripTrailingZeros().toPlainString()),
                new Text(step.unit().code()),
                new Word(
                        "meds.frequency." + step.frequency().code(),
                        step.frequency().label()));
        return EvidenceMessage.of(
                e.kind() == EventKind.START ? "evidence.event.start" : "evidence.event.increase",
                new Text(e.course().drug()),
                Parts.of(dose),
                new Day(e.on()));
    }

    /**
     * The first numb day of the run that {@code from} belongs to: numb days are followed back while
     * the next earlier one is at most {@code clearDays} days before, so a run ends where {@code
     * clearDays} days in a row had no numb entry.
     *
     * @param numbDays the days of numb entries, oldest first
     */
    static LocalDate runStart(List<LocalDate> numbDays, LocalDate from, int clearDays) {
        LocalDate start = from;
        for (int i = numbDays.size() - 1; i >= 0; i--) {
            LocalDate d = numbDays.get(i);
            if (!d.isBefore(start)) {
                continue;
            }
            if (DAYS.between(d, start) > clearDays) {
                break;
            }
            start = d;
        }
        return start;
    }

    /** True when {@code later} is {@code minDays} to {@code maxDays} days after the event. */
    private static boolean within(LocalDate event, LocalDate later, OnsetThresholds m) {
        long days = DAYS.between(event, later);
        return days >= m.minDays() && days <= m.maxDays();
    }

    /** Mean of {@code recent} ≥ mean of {@code before} + rise, in whole numbers: no rounding at the edge. */
    private static boolean risen(List<JournalFact> recent, List<JournalFact> before, int rise) {
        long sumRecent = recent.stream().mapToLong(JournalFact::numbness).sum();
        long sumBefore = before.stream().mapToLong(JournalFact::numbness).sum();
        long nRecent = recent.size();
        long nBefore = before.size();
        return sumRecent * nBefore - sumBefore * nRecent >= rise * nRecent * nBefore;
    }

    private static List<JournalFact> between(List<JournalFact> facts, LocalDate from, LocalDate to) {
        return facts.stream()
                .filter(f -> !f.date().isBefore(from) && !f.date().isAfter(to))
                .toList();
    }

    private static double mean(List<JournalFact> facts) {
        return facts.stream().mapToInt(JournalFact::numbness).average().orElse(0);
    }

    private static String points(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }

    /** The fitting courses first (each once), then the records behind the evidence. */
    private static List<UUID> refs(List<Event> fitting, List<UUID> records) {
        Set<UUID> refs = new LinkedHashSet<>();
        fitting.forEach(e -> refs.add(e.course().courseId()));
        refs.addAll(records);
        return List.copyOf(refs);
    }

    private static String capped(String summary) {
        return summary.length() <= SUMMARY_MAX ? summary : summary.substring(0, SUMMARY_MAX - 1) + "…";
    }
}
