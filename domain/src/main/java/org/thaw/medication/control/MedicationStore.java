package org.thaw.medication.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.thaw.medication.entity.CourseValues;
import org.thaw.medication.entity.DoseChange;
import org.thaw.medication.entity.MedicationCourse;
import org.thaw.medication.entity.MedicationCourseRevision;
import org.thaw.medication.entity.MedicationNote;
import org.thaw.medication.entity.SideEffectReport;

/** Reads and writes courses, their dose changes, revisions and notes, and side-effect reports. */
@ApplicationScoped
public class MedicationStore {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    public <T> T add(T record) {
        em.persist(record);
        return record;
    }

    public Optional<MedicationCourse> course(UUID courseId) {
        return courseId == null ? Optional.empty() : Optional.ofNullable(em.find(MedicationCourse.class, courseId));
    }

    /** A patient's courses, entered in error included, the latest start first. */
    public List<MedicationCourse> coursesOf(UUID patientId) {
        return em.createNamedQuery(MedicationCourse.OF_PATIENT, MedicationCourse.class)
                .setParameter("patientId", patientId)
                .getResultList();
    }

    /** The dose changes of these courses by course, each list in the order the changes took effect. */
    public Map<UUID, List<DoseChange>> doseChanges(Collection<UUID> courseIds) {
        return byCourse(DoseChange.OF_COURSES, DoseChange.class, courseIds, DoseChange::courseId);
    }

    /** The notes on these courses by course, oldest first. */
    public Map<UUID, List<MedicationNote>> notes(Collection<UUID> courseIds) {
        return byCourse(MedicationNote.OF_COURSES, MedicationNote.class, courseIds, MedicationNote::courseId);
    }

    /** The revisions of these courses by course, oldest first. */
    public Map<UUID, List<MedicationCourseRevision>> revisions(Collection<UUID> courseIds) {
        return byCourse(
                MedicationCourseRevision.OF_COURSES,
                MedicationCourseRevision.class,
                courseIds,
                MedicationCourseRevision::courseId);
    }

    /** True when a course of the patient, not entered in error, runs on {@code day}. */
    public boolean hasActiveCourse(UUID patientId, LocalDate day) {
        return em.createNamedQuery(MedicationCourse.ACTIVE_ON, Long.class)
                        .setParameter("patientId", patientId)
                        .setParameter("day", day)
                        .getSingleResult()
                > 0;
    }

    /** A patient's side-effect reports, newest first. */
    public List<SideEffectReport> reportsOf(UUID patientId) {
        return em.createNamedQuery(SideEffectReport.OF_PATIENT, SideEffectReport.class)
                .setParameter("patientId", patientId)
                .getResultList();
    }

    /**
     * What the MEDICATION_ONSET rule reads of a patient's courses: every course not entered in error,
     * with its steps (two indexed reads, none more when the patient has no course).
     */
    public List<CourseFact> facts(UUID patientId) {
        List<MedicationCourse> courses =
                coursesOf(patientId).stream().filter(c -> !c.isEnteredInError()).toList();
        if (courses.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<DoseChange>> changes =
                doseChanges(courses.stream().map(MedicationCourse::id).toList());
        return courses.stream()
                .map(c -> fact(c, changes.getOrDefault(c.id(), List.of())))
                .toList();
    }

    /** A course and its dose changes as the rule reads them. */
    public static CourseFact fact(MedicationCourse course, List<DoseChange> changes) {
        CourseValues v = course.values();
        List<CourseFact.Step> steps = new ArrayList<>();
        steps.add(new CourseFact.Step(v.startedOn(), v.dose(), v.unit(), v.frequency()));
        for (DoseChange d : changes) {
            steps.add(new CourseFact.Step(d.changedOn(), d.dose(), d.unit(), d.frequency()));
        }
        return new CourseFact(course.id(), v.name(), v.antidepressant(), v.startedOn(), v.stoppedOn(), steps);
    }

    private <T> Map<UUID, List<T>> byCourse(
            String query, Class<T> type, Collection<UUID> courseIds, Function<T, UUID> course) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return em.createNamedQuery(query, type).setParameter("courseIds", courseIds).getResultList().stream()
                .collect(Collectors.groupingBy(course, Collectors.toList()));
    }
}
