package org.thaw.integration.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.thaw.journal.boundary.JournalDay;
import org.thaw.medication.boundary.CourseView;
import org.thaw.medication.boundary.DoseChangeView;
import org.thaw.medication.boundary.Frequency;
import org.thaw.medication.boundary.SideEffectView;

/**
 * The chart's medication timeline: one time axis with the journal's numbness line, the
 * side-effect reports as markers (at their blunting, on the same 0–10 scale), and under it a bar
 * per dose step of each course (from its start or dose change to the next change, the stop, or
 * the end of the window), so a rise in numbness after a start or a dose increase is visible at a
 * glance. Courses entered in error are left out.
 *
 * <p>The x axis is Chart.js's time scale: {@code p:chart} loads moment.js and the Chart.js moment
 * adapter with Chart.js, so ISO dates ({@code "2026-10-01"}) are read as days. The numbness axis
 * and the medication rows are two y axes stacked in one chart ({@code stack}/{@code stackWeight}),
 * the rows a category axis named by drug. Strings are escaped as {@link TrendChart} does.
 *
 * <pre>
 * String config = MedicationTimeline.config(days, courses, reports, today.minusDays(89), today);
 * String words = MedicationTimeline.summary(days, courses, reports, today.minusDays(89), today);
 * </pre>
 */
public final class MedicationTimeline {

    /** Bar colours, one per course in order of start. */
    private static final List<String> COURSE_COLOURS = List.of("#6b4fa0", "#0f766e", "#9a3412", "#1d4ed8", "#86198f");

    private static final String NUMBNESS = "#25476a";
    private static final String REPORT = "#b42318";
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** How many days of the journal before the first event the summary's "before" mean covers. */
    static final int MEAN_DAYS = 14;

    private MedicationTimeline() {}

    /** The courses drawn: not entered in error, started by {@code to} and not stopped before {@code from}, oldest start first. */
    static List<CourseView> drawn(List<CourseView> courses, LocalDate from, LocalDate to) {
        return courses.stream()
                .filter(c -> !c.enteredInError())
                .filter(c -> !c.startedOn().isAfter(to))
                .filter(c -> c.stoppedOn() == null || !c.stoppedOn().isBefore(from))
                .sorted(Comparator.comparing(CourseView::startedOn).thenComparing(CourseView::name))
                .toList();
    }

    /** The configuration of the days {@code from} to {@code to} (inclusive). */
    public static String config(
            List<JournalDay> days,
            List<CourseView> courses,
            List<SideEffectView> reports,
            LocalDate from,
            LocalDate to) {
        List<CourseView> drawn = drawn(courses, from, to);
        List<String> datasets = new ArrayList<>();
        datasets.add(numbness(days, from, to));
        List<SideEffectView> shown = reports.stream()
                .filter(r -> !r.reportedOn().isBefore(from) && !r.reportedOn().isAfter(to))
                .sorted(Comparator.comparing(SideEffectView::reportedOn))
                .toList();
        if (!shown.isEmpty()) {
            datasets.add(reportMarkers(shown));
        }
        for (int i = 0; i < drawn.size(); i++) {
            datasets.addAll(bars(drawn.get(i), COURSE_COLOURS.get(i % COURSE_COLOURS.size()), from, to));
        }
        List<String> rows = drawn.stream().map(CourseView::name).distinct().toList();
        String medicationAxis = rows.isEmpty()
                ? ""
                : ",\"med\":{\"type\":\"category\",\"labels\":"
                        + array(rows.stream().map(TrendChart::string).toList())
                        + ",\"offset\":true,\"stack\":\"timeline\",\"stackWeight\":" + Math.max(1, rows.size())
                        + ",\"grid\":{\"display\":false}}";
        int numbnessWeight = rows.isEmpty() ? 1 : 4;
        return "{\"type\":\"line\",\"data\":{\"datasets\":" + array(datasets) + "},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"animation\":false,"
                + "\"interaction\":{\"mode\":\"nearest\",\"intersect\":true},"
                + "\"scales\":{\"x\":{\"type\":\"time\",\"min\":" + date(from) + ",\"max\":" + date(to)
                + ",\"time\":{\"unit\":\"week\",\"isoWeekday\":true,\"tooltipFormat\":\"D MMM YYYY\","
                + "\"displayFormats\":{\"week\":\"D MMM\",\"day\":\"D MMM\"}}},"
                + "\"y\":{\"type\":\"linear\",\"min\":0,\"max\":10,\"ticks\":{\"stepSize\":2},"
                + "\"title\":{\"display\":true,\"text\":\"Numbness 0–10\"},\"stack\":\"timeline\",\"stackWeight\":"
                + numbnessWeight + "}" + medicationAxis + "},"
                + "\"plugins\":{\"legend\":{\"position\":\"bottom\"}}}}";
    }

    private static String numbness(List<JournalDay> days, LocalDate from, LocalDate to) {
        List<String> points = days.stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .sorted(Comparator.comparing(JournalDay::date))
                .map(d -> point(d.date(), Integer.toString(d.numbness())))
                .toList();
        return "{\"label\":\"Numbness\",\"data\":" + array(points) + ",\"yAxisID\":\"y\",\"borderColor\":\"" + NUMBNESS
                + "\",\"backgroundColor\":\"" + NUMBNESS + "\",\"pointRadius\":2,\"borderWidth\":2,\"tension\":0.2}";
    }

    private static String reportMarkers(List<SideEffectView> reports) {
        List<String> points = reports.stream()
                .map(r -> point(r.reportedOn(), Integer.toString(r.blunting())))
                .toList();
        return "{\"label\":\"Side-effect report (blunting 0–10)\",\"data\":" + array(points)
                + ",\"yAxisID\":\"y\",\"showLine\":false,\"pointStyle\":\"triangle\",\"pointRadius\":8,"
                + "\"pointHoverRadius\":10,\"borderColor\":\"" + REPORT + "\",\"backgroundColor\":\"" + REPORT + "\"}";
    }

    /** One bar per dose step: "sertraline 50 mg once a day", from its first day to the next step, the stop or {@code to}. */
    private static List<String> bars(CourseView course, String colour, LocalDate from, LocalDate to) {
        List<Step> steps = steps(course);
        LocalDate end = course.stoppedOn() == null || course.stoppedOn().isAfter(to) ? to : course.stoppedOn();
        List<String> bars = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            LocalDate stepEnd = i + 1 < steps.size() ? steps.get(i + 1).on() : end;
            if (stepEnd.isBefore(from) || step.on().isAfter(to)) {
                continue;
            }
            LocalDate start = step.on().isBefore(from) ? from : step.on();
            boolean startsHere = !step.on().isBefore(from);
            boolean stopsHere = i == steps.size() - 1
                    && course.stoppedOn() != null
                    && !course.stoppedOn().isAfter(to);
            String label = course.name() + " " + step.describe() + (i == 0 ? ", started " : ", from ")
                    + FULL.format(step.on()) + (stopsHere ? ", stopped " + FULL.format(course.stoppedOn()) : "");
            String row = TrendChart.string(course.name());
            bars.add("{\"label\":" + TrendChart.string(label)
                    + ",\"data\":[{\"x\":" + date(start) + ",\"y\":" + row + "},{\"x\":" + date(stepEnd) + ",\"y\":"
                    + row
                    + "}],\"yAxisID\":\"med\",\"borderColor\":" + TrendChart.string(colour)
                    + ",\"backgroundColor\":" + TrendChart.string(colour) + ",\"borderWidth\":"
                    + (6 + 3 * Math.min(i, 3))
                    + ",\"pointStyle\":[" + (startsHere ? "\"rectRot\"" : "false") + ","
                    + (stopsHere ? "\"crossRot\"" : "false")
                    + "],\"pointRadius\":[" + (startsHere ? 7 : 0) + "," + (stopsHere ? 9 : 0)
                    + "],\"pointBorderWidth\":3,\"tension\":0}");
        }
        return bars;
    }

    /** The course's doses in order: as started, then each dose change. */
    private static List<Step> steps(CourseView course) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(course.startedOn(), course.dose(), course.unit(), course.frequency()));
        course.doseChanges().stream()
                .sorted(Comparator.comparing(DoseChangeView::on))
                .forEach(d -> steps.add(new Step(d.on(), d.dose(), d.unit(), d.frequency())));
        return steps;
    }

    private record Step(LocalDate on, BigDecimal dose, String unit, String frequency) {

        String describe() {
            return dose.stripTrailingZeros().toPlainString() + " " + unit + " "
                    + Frequency.ofCode(frequency).map(Frequency::label).orElse(frequency);
        }

        /** Dose per week, for "raised" or "lowered"; null where the frequency has no regular amount. */
        BigDecimal weekly() {
            OptionalInt times =
                    Frequency.ofCode(frequency).map(Frequency::timesPerWeek).orElse(OptionalInt.empty());
            return times.isEmpty() ? null : dose.multiply(BigDecimal.valueOf(times.getAsInt()));
        }
    }

    /**
     * The chart in one line, for the reader who cannot see it: each course's start, dose changes and
     * stop in the window, the side-effect reports, and the mean numbness of the {@value #MEAN_DAYS}
     * days before the first of those events against the last {@value #MEAN_DAYS} days. "sertraline
     * started 1 Oct 2026; dose raised 1 Nov; 1 side-effect report, blunting 7; numbness mean 3.1 →
     * 7.4"
     */
    public static String summary(
            List<JournalDay> days,
            List<CourseView> courses,
            List<SideEffectView> reports,
            LocalDate from,
            LocalDate to) {
        List<String> parts = new ArrayList<>();
        LocalDate firstEvent = null;
        for (CourseView course : drawn(courses, from, to)) {
            List<String> events = new ArrayList<>();
            List<Step> steps = steps(course);
            Step first = steps.get(0);
            if (!first.on().isBefore(from)) {
                events.add("started " + FULL.format(first.on()) + " at " + first.describe());
                firstEvent = earlier(firstEvent, first.on());
            } else {
                events.add("taken since " + FULL.format(first.on()));
            }
            for (int i = 1; i < steps.size(); i++) {
                Step step = steps.get(i);
                if (step.on().isBefore(from)) {
                    continue;
                }
                events.add("dose " + change(steps.get(i - 1), step) + " " + SHORT.format(step.on()) + " to "
                        + step.describe());
                firstEvent = earlier(firstEvent, step.on());
            }
            if (course.stoppedOn() != null && !course.stoppedOn().isAfter(to)) {
                events.add("stopped " + SHORT.format(course.stoppedOn()));
            }
            parts.add(course.name() + " " + String.join(", ", events));
        }
        if (parts.isEmpty()) {
            parts.add("no medication recorded in this period");
        }
        List<SideEffectView> shown = reports.stream()
                .filter(r -> !r.reportedOn().isBefore(from) && !r.reportedOn().isAfter(to))
                .toList();
        if (!shown.isEmpty()) {
            parts.add(shown.size() + (shown.size() == 1 ? " side-effect report" : " side-effect reports")
                    + ", blunting "
                    + shown.stream()
                            .sorted(Comparator.comparing(SideEffectView::reportedOn))
                            .map(r -> r.blunting() + " on " + SHORT.format(r.reportedOn()))
                            .collect(Collectors.joining(", ")));
        }
        parts.add(numbnessWords(days, firstEvent, from, to));
        return String.join("; ", parts);
    }

    private static String numbnessWords(List<JournalDay> days, LocalDate firstEvent, LocalDate from, LocalDate to) {
        LocalDate recentFrom = to.minusDays(MEAN_DAYS - 1L);
        OptionalDouble recent = mean(days, recentFrom, to);
        if (recent.isEmpty()) {
            return mean(days, from, to).isEmpty()
                    ? "no journal entries"
                    : "no journal entries in the last " + MEAN_DAYS + " days";
        }
        if (firstEvent != null) {
            OptionalDouble before = mean(days, firstEvent.minusDays(MEAN_DAYS), firstEvent.minusDays(1));
            if (before.isPresent()) {
                return "numbness mean " + one(before.getAsDouble()) + " in the " + MEAN_DAYS + " days before "
                        + SHORT.format(firstEvent) + " → " + one(recent.getAsDouble()) + " in the last " + MEAN_DAYS
                        + " days";
            }
        }
        return "numbness mean " + one(recent.getAsDouble()) + " in the last " + MEAN_DAYS + " days";
    }

    private static OptionalDouble mean(List<JournalDay> days, LocalDate from, LocalDate to) {
        return days.stream()
                .filter(d -> !d.date().isBefore(from) && !d.date().isAfter(to))
                .mapToInt(JournalDay::numbness)
                .average();
    }

    private static String change(Step before, Step after) {
        BigDecimal was = before.weekly();
        BigDecimal now = after.weekly();
        if (was == null || now == null || !before.unit().equals(after.unit())) {
            return "changed";
        }
        int compared = now.compareTo(was);
        return compared > 0 ? "raised" : compared < 0 ? "lowered" : "changed";
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static String one(double value) {
        return String.format(Locale.ENGLISH, "%.1f", value);
    }

    private static String point(LocalDate day, String y) {
        return "{\"x\":" + date(day) + ",\"y\":" + y + "}";
    }

    private static String date(LocalDate day) {
        return "\"" + day + "\"";
    }

    private static String array(List<String> items) {
        return "[" + String.join(",", items) + "]";
    }
}
