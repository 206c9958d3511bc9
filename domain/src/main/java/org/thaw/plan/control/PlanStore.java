package org.thaw.plan.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thaw.plan.boundary.PlanContent;
import org.thaw.plan.entity.HomeworkCheckOff;
import org.thaw.plan.entity.PlanGoal;
import org.thaw.plan.entity.PlanHomework;
import org.thaw.plan.entity.PlanIntervention;
import org.thaw.plan.entity.PlanReview;
import org.thaw.plan.entity.PlanReviewGoal;
import org.thaw.plan.entity.TreatmentPlan;
import org.thaw.plan.entity.TreatmentPlanRevision;
import org.thaw.platform.Queries;
import org.thaw.platform.Rows;

/**
 * Reads and writes plans: the current plan's rows, its revisions (the {@code jsonb} snapshot
 * written from {@link PlanContent} with JSON-B), check-offs (an idempotent insert, one per item per
 * day) and reviews.
 */
@ApplicationScoped
public class PlanStore {

    private static final Jsonb JSON = JsonbBuilder.create();

    private static final Type CHANGES = new ArrayList<String>() {}.getClass().getGenericSuperclass();

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    public <T> T add(T record) {
        em.persist(record);
        return record;
    }

    /** Writes pending changes now, so a stale version or a second first plan fails here, inside the boundary. */
    public void flush() {
        em.flush();
    }

    public Optional<TreatmentPlan> planOf(UUID patientId) {
        return Queries.first(em.createNamedQuery(TreatmentPlan.OF_PATIENT, TreatmentPlan.class)
                .setParameter("patientId", patientId));
    }

    /** When the patient's plan started (its first revision), if they have one: what NOT_IMPROVING reads. */
    public Optional<Instant> startedAt(UUID patientId) {
        return planOf(patientId).map(TreatmentPlan::startedAt);
    }

    /** A plan's goals, removed ones last. */
    public List<PlanGoal> goals(UUID planId) {
        return em.createNamedQuery(PlanGoal.OF_PLAN, PlanGoal.class)
                .setParameter("planId", planId)
                .getResultList();
    }

    public List<PlanIntervention> interventions(UUID planId) {
        return em.createNamedQuery(PlanIntervention.OF_PLAN, PlanIntervention.class)
                .setParameter("planId", planId)
                .getResultList();
    }

    /** A plan's homework, removed items last. */
    public List<PlanHomework> homework(UUID planId) {
        return em.createNamedQuery(PlanHomework.OF_PLAN, PlanHomework.class)
                .setParameter("planId", planId)
                .getResultList();
    }

    /**
     * Makes the plan's goals, interventions and homework those of {@code content}: an item with a
     * known id is updated, a new one added, one left out marked removed (kept); interventions are
     * replaced whole.
     */
    public void apply(TreatmentPlan plan, PlanContent content, Instant now) {
        Map<UUID, PlanGoal> goals = byId(goals(plan.id()), PlanGoal::id);
        for (int i = 0; i < content.goals().size(); i++) {
            PlanContent.Goal g = content.goals().get(i);
            PlanGoal goal = goals.remove(g.id());
            boolean added = goal == null;
            if (added) {
                goal = new PlanGoal(g.id(), plan.id(), now);
            }
            goal.set(
                    i,
                    g.kind(),
                    g.instrument(),
                    g.target(),
                    g.comparison(),
                    g.targetDate(),
                    g.measure(),
                    g.days(),
                    g.text(),
                    g.clinicianComment());
            if (added) {
                add(goal); // persisted once complete: the insert carries the values it has now
            }
        }
        goals.values().forEach(g -> g.remove(now));
        Map<UUID, PlanHomework> items = byId(homework(plan.id()), PlanHomework::id);
        for (int i = 0; i < content.homework().size(); i++) {
            PlanContent.Homework h = content.homework().get(i);
            PlanHomework item = items.remove(h.id());
            if (item == null) {
                item = new PlanHomework(h.id(), plan.id(), now);
                item.set(i, h.text());
                add(item);
            } else {
                item.set(i, h.text());
            }
        }
        items.values().forEach(h -> h.remove(now));
        em.createNamedQuery(PlanIntervention.DELETE_OF_PLAN)
                .setParameter("planId", plan.id())
                .executeUpdate();
        for (int i = 0; i < content.interventions().size(); i++) {
            var v = content.interventions().get(i);
            add(new PlanIntervention(plan.id(), i, v.code(), v.text(), v.frequency()));
        }
    }

    /** Keeps a save whole: the plan as it stands after it and what changed. */
    public void addRevision(TreatmentPlan plan, PlanContent content, List<String> changes, Instant at, String by) {
        em.createNativeQuery("insert into treatment_plan_revision (id, plan_id, number, saved_at, saved_by, snapshot,"
                        + " changes) values (:id, :planId, :number, :at, :by, cast(cast(:snapshot as text) as jsonb),"
                        + " cast(cast(:changes as text) as jsonb))")
                .setParameter("id", UUID.randomUUID())
                .setParameter("planId", plan.id())
                .setParameter("number", plan.revision())
                .setParameter("at", at)
                .setParameter("by", by)
                .setParameter("snapshot", JSON.toJson(content))
                .setParameter("changes", JSON.toJson(changes))
                .executeUpdate();
    }

    /** A page of a plan's revisions, newest first. */
    public List<TreatmentPlanRevision> revisions(UUID planId, int offset, int size) {
        return em.createNamedQuery(TreatmentPlanRevision.OF_PLAN, TreatmentPlanRevision.class)
                .setParameter("planId", planId)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList();
    }

    public long revisionCount(UUID planId) {
        return em.createNamedQuery(TreatmentPlanRevision.COUNT_OF_PLAN, Long.class)
                .setParameter("planId", planId)
                .getSingleResult();
    }

    /** Some revisions of a plan by number (those that exist). */
    public List<TreatmentPlanRevision> revisions(UUID planId, Collection<Integer> numbers) {
        return em.createNamedQuery(TreatmentPlanRevision.BY_NUMBER, TreatmentPlanRevision.class)
                .setParameter("planId", planId)
                .setParameter("numbers", numbers)
                .getResultList();
    }

    /** A revision's plan, read back from its snapshot. */
    public static PlanContent content(TreatmentPlanRevision revision) {
        return JSON.fromJson(revision.snapshot(), PlanContent.class);
    }

    /** A revision's changes, read back. */
    public static List<String> changes(TreatmentPlanRevision revision) {
        return JSON.fromJson(revision.changes(), CHANGES);
    }

    /**
     * Records a check-off unless one exists for the item and day (one statement, so two at once
     * make one); true when this call made it.
     */
    public boolean checkOff(UUID homeworkId, UUID patientId, LocalDate day, Instant at) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(
                        "insert into homework_check_off (id, homework_id, patient_id, day, checked_at)"
                                + " values (:id, :homeworkId, :patientId, :day, :at)"
                                + " on conflict (homework_id, day) do nothing returning id",
                        Tuple.class)
                .setParameter("id", UUID.randomUUID())
                .setParameter("homeworkId", homeworkId)
                .setParameter("patientId", patientId)
                .setParameter("day", day)
                .setParameter("at", at)
                .getResultList();
        return !rows.isEmpty() && Rows.uuid(rows.get(0), "id") != null;
    }

    public Optional<HomeworkCheckOff> checkOffOn(UUID homeworkId, LocalDate day) {
        return Queries.first(em.createNamedQuery(HomeworkCheckOff.OF_ITEM_ON, HomeworkCheckOff.class)
                .setParameter("id", homeworkId)
                .setParameter("day", day));
    }

    /** The check-offs of some items by item, newest day first. */
    public Map<UUID, List<HomeworkCheckOff>> checkOffs(Collection<UUID> homeworkIds) {
        if (homeworkIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createNamedQuery(HomeworkCheckOff.OF_ITEMS, HomeworkCheckOff.class)
                .setParameter("ids", homeworkIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(HomeworkCheckOff::homeworkId));
    }

    /** A plan's reviews, newest first. */
    public List<PlanReview> reviews(UUID planId) {
        return em.createNamedQuery(PlanReview.OF_PLAN, PlanReview.class)
                .setParameter("planId", planId)
                .getResultList();
    }

    /** The lines of some reviews by review, in order. */
    public Map<UUID, List<PlanReviewGoal>> reviewLines(Collection<UUID> reviewIds) {
        if (reviewIds.isEmpty()) {
            return Map.of();
        }
        return em
                .createNamedQuery(PlanReviewGoal.OF_REVIEWS, PlanReviewGoal.class)
                .setParameter("reviewIds", reviewIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(PlanReviewGoal::reviewId));
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
