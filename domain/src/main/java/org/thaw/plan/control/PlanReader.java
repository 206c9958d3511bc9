package org.thaw.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.thaw.journal.control.JournalStore;
import org.thaw.plan.boundary.CheckOffView;
import org.thaw.plan.boundary.GoalKind;
import org.thaw.plan.boundary.GoalProgress;
import org.thaw.plan.boundary.GoalView;
import org.thaw.plan.boundary.HomeworkView;
import org.thaw.plan.boundary.InterventionCode;
import org.thaw.plan.boundary.InterventionView;
import org.thaw.plan.boundary.MyGoalView;
import org.thaw.plan.boundary.MyPlanView;
import org.thaw.plan.boundary.PlanContent;
import org.thaw.plan.boundary.PlanView;
import org.thaw.plan.boundary.ReviewLineView;
import org.thaw.plan.boundary.ReviewView;
import org.thaw.plan.entity.HomeworkCheckOff;
import org.thaw.plan.entity.PlanGoal;
import org.thaw.plan.entity.PlanHomework;
import org.thaw.plan.entity.PlanIntervention;
import org.thaw.plan.entity.PlanReview;
import org.thaw.plan.entity.PlanReviewGoal;
import org.thaw.plan.entity.TreatmentPlan;
import org.thaw.screener.control.InstrumentCatalogue;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * Reads a plan as its callers see it: the care team's {@link PlanView}, the patient's {@link
 * MyPlanView} (no field for the private note, clinician comments or reviews), the plan as a
 * revision keeps it ({@link PlanContent}), and each goal's progress from the screener results and
 * the journal (one read of each, whatever the number of goals).
 */
@ApplicationScoped
public class PlanReader {

    @Inject
    PlanStore store;

    @Inject
    ScreenerStore screeners;

    @Inject
    JournalStore journal;

    /** A plan's current rows, read once. */
    public record PlanRows(
            TreatmentPlan plan,
            List<PlanGoal> goals,
            List<PlanIntervention> interventions,
            List<PlanHomework> homework) {

        /** The plan as a revision keeps it: current goals and homework only. */
        public PlanContent content(ZoneId zone) {
            return new PlanContent(
                    plan.problem(),
                    goals.stream()
                            .filter(g -> !g.isRemoved())
                            .map(g -> new PlanContent.Goal(
                                    g.id(),
                                    g.kind(),
                                    g.instrument(),
                                    g.target(),
                                    g.comparison(),
                                    g.targetDate(),
                                    g.measure(),
                                    g.days(),
                                    g.text(),
                                    description(g),
                                    g.clinicianComment(),
                                    g.metAt() != null))
                            .toList(),
                    interventions.stream().map(PlanReader::view).toList(),
                    homework.stream()
                            .filter(h -> !h.isRemoved())
                            .map(h -> new PlanContent.Homework(h.id(), h.text()))
                            .toList(),
                    plan.reviewOn(),
                    plan.privateNote());
        }

        public List<PlanGoal> currentGoals() {
            return goals.stream().filter(g -> !g.isRemoved()).toList();
        }

        public List<PlanHomework> currentHomework() {
            return homework.stream().filter(h -> !h.isRemoved()).toList();
        }
    }

    public PlanRows rows(TreatmentPlan plan) {
        return new PlanRows(plan, store.goals(plan.id()), store.interventions(plan.id()), store.homework(plan.id()));
    }

    /** The care team's view of the plan, with progress, check-offs and reviews. */
    public PlanView careTeamView(PlanRows rows, ZoneId zone, LocalDate today) {
        TreatmentPlan plan = rows.plan();
        Map<UUID, GoalProgress> progress = progress(plan.patientId(), rows, zone, today);
        List<GoalView> goals = rows.currentGoals().stream()
                .map(g -> new GoalView(
                        g.id(),
                        g.kind(),
                        g.instrument(),
                        g.target(),
                        g.comparison(),
                        g.targetDate(),
                        g.measure(),
                        g.days(),
                        g.text(),
                        description(g),
                        g.clinicianComment(),
                        g.metAt(),
                        g.metBy(),
                        progress.get(g.id())))
                .toList();
        return new PlanView(
                plan.id(),
                plan.patientId(),
                plan.version(),
                plan.revision(),
                plan.problem(),
                goals,
                rows.interventions().stream().map(PlanReader::view).toList(),
                homework(rows),
                plan.reviewOn(),
                !plan.reviewOn().isAfter(today),
                plan.privateNote(),
                plan.startedAt(),
                plan.updatedAt(),
                plan.updatedBy(),
                reviews(plan.id()));
    }

    /** The patient's view: no private note, no clinician comments, no reviews. */
    public MyPlanView patientView(PlanRows rows, ZoneId zone, LocalDate today) {
        TreatmentPlan plan = rows.plan();
        Map<UUID, GoalProgress> progress = progress(plan.patientId(), rows, zone, today);
        List<MyGoalView> goals = rows.currentGoals().stream()
                .map(g -> new MyGoalView(
                        g.id(),
                        g.kind(),
                        g.instrument(),
                        g.target(),
                        g.comparison(),
                        g.targetDate(),
                        g.measure(),
                        g.days(),
                        g.text(),
                        description(g),
                        progress.get(g.id())))
                .toList();
        return new MyPlanView(
                plan.id(),
                plan.problem(),
                goals,
                rows.interventions().stream().map(PlanReader::view).toList(),
                homework(rows),
                plan.reviewOn(),
                plan.startedAt(),
                plan.updatedAt());
    }

    /** Each current goal's progress from the data as it stands, by goal id. */
    public Map<UUID, GoalProgress> progress(UUID patientId, PlanRows rows, ZoneId zone, LocalDate today) {
        List<PlanGoal> goals = rows.currentGoals();
        LocalDate startDay = LocalDate.ofInstant(rows.plan().startedAt(), zone);
        boolean scores = goals.stream().anyMatch(g -> g.kind() == GoalKind.SCORE);
        Map<String, List<ScreenerResponse>> results = scores
                ? screeners.history(patientId).stream().collect(Collectors.groupingBy(ScreenerResponse::instrument))
                : Map.of();
        int widest = goals.stream()
                .filter(g -> g.kind() == GoalKind.JOURNAL)
                .mapToInt(PlanGoal::days)
                .max()
                .orElse(0);
        List<Progress.DayValue> numbness = widest == 0
                ? List.of()
                : journal.facts(patientId, today.minusDays(widest - 1L), today).stream()
                        .map(e -> new Progress.DayValue(e.date(), e.numbness()))
                        .toList();
        InstrumentCatalogue catalogue = InstrumentCatalogue.standard();
        Map<UUID, GoalProgress> progress = new HashMap<>();
        for (PlanGoal g : goals) {
            GoalProgress p =
                    switch (g.kind()) {
                        case SCORE ->
                            catalogue
                                    .find(g.instrument())
                                    .map(i -> Progress.score(
                                            i,
                                            g.comparison(),
                                            g.target(),
                                            results.getOrDefault(g.instrument(), List.of()),
                                            startDay))
                                    .orElseGet(() -> Progress.text(null));
                        case JOURNAL -> Progress.journal(g.measure(), g.target(), g.days(), numbness, today);
                        case TEXT -> Progress.text(g.metAt() == null ? null : LocalDate.ofInstant(g.metAt(), zone));
                    };
            progress.put(g.id(), p);
        }
        return progress;
    }

    private List<HomeworkView> homework(PlanRows rows) {
        List<PlanHomework> items = rows.currentHomework();
        Map<UUID, List<HomeworkCheckOff>> checkOffs =
                store.checkOffs(items.stream().map(PlanHomework::id).toList());
        return items.stream()
                .map(h -> new HomeworkView(
                        h.id(),
                        h.text(),
                        checkOffs.getOrDefault(h.id(), List.of()).stream()
                                .map(PlanReader::view)
                                .toList()))
                .toList();
    }

    /** A plan's reviews, newest first, each with its lines. */
    public List<ReviewView> reviews(UUID planId) {
        List<PlanReview> reviews = store.reviews(planId);
        Map<UUID, List<PlanReviewGoal>> lines =
                store.reviewLines(reviews.stream().map(PlanReview::id).toList());
        List<ReviewView> views = new ArrayList<>();
        for (PlanReview r : reviews) {
            views.add(view(r, lines.getOrDefault(r.id(), List.of())));
        }
        return views;
    }

    public static ReviewView view(PlanReview r, List<PlanReviewGoal> lines) {
        return new ReviewView(
                r.id(),
                r.reviewedOn(),
                r.reviewedAt(),
                r.reviewedBy(),
                r.note(),
                r.nextReviewOn(),
                lines.stream()
                        .map(l -> new ReviewLineView(l.goalId(), l.description(), plain(l.progress()), l.note()))
                        .toList());
    }

    public static CheckOffView view(HomeworkCheckOff c) {
        return new CheckOffView(c.homeworkId(), c.day(), c.checkedAt());
    }

    static InterventionView view(PlanIntervention i) {
        String label =
                InterventionCode.of(i.code()).map(InterventionCode::label).orElse(i.code());
        return new InterventionView(i.code(), label, i.text(), i.frequency());
    }

    /** A goal in words. */
    public static String description(PlanGoal g) {
        return PlanRules.describe(
                g.kind(), g.instrument(), g.comparison(), g.target(), g.measure(), g.days(), g.text());
    }

    /** Progress as stored in a review reads as it was computed: 14, not 14.00. */
    private static GoalProgress plain(GoalProgress p) {
        return new GoalProgress(
                plain(p.baseline()),
                p.baselineOn(),
                plain(p.current()),
                p.currentOn(),
                p.change(),
                p.entries(),
                p.entriesNeeded(),
                p.met(),
                p.summary());
    }

    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The patient's plan, if any. */
    public Optional<PlanRows> of(UUID patientId) {
        return store.planOf(patientId).map(this::rows);
    }
}
