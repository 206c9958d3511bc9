package org.thaw.medication.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thaw.medication.control.MedicationCatalogue;
import org.thaw.medication.control.MedicationStore;
import org.thaw.medication.entity.CourseValues;
import org.thaw.medication.entity.DoseChange;
import org.thaw.medication.entity.MedicationCourse;
import org.thaw.medication.entity.MedicationCourseRevision;
import org.thaw.medication.entity.MedicationNote;

/**
 * A course as the care team reads it (chart, REST): the course as recorded, the dose in force
 * after its last dose change ({@code currentDose}, {@code currentUnit}, {@code currentFrequency}),
 * the stop and its reason, whether it was entered in error (then with who, when and why), and its
 * dose changes (in the order they took effect), notes and revisions (oldest first). The component
 * names are the REST field names; codes are lower_snake ({@code mg}, {@code twice_daily}).
 */
public record CourseView(
        UUID id,
        UUID patientId,
        String rxnorm,
        String name,
        DrugClass drugClass,
        boolean antidepressant,
        BigDecimal dose,
        String unit,
        String frequency,
        LocalDate startedOn,
        String prescriber,
        LocalDate stoppedOn,
        String stopReason,
        BigDecimal currentDose,
        String currentUnit,
        String currentFrequency,
        boolean enteredInError,
        Instant enteredInErrorAt,
        String enteredInErrorBy,
        String enteredInErrorReason,
        Instant createdAt,
        String createdBy,
        List<DoseChangeView> doseChanges,
        List<NoteView> notes,
        List<RevisionView> revisions) {

    static CourseView of(
            MedicationCourse c, List<DoseChangeView> doseChanges, List<NoteView> notes, List<RevisionView> revisions) {
        CourseValues v = c.values();
        DoseChangeView last = doseChanges.isEmpty() ? null : doseChanges.get(doseChanges.size() - 1);
        return new CourseView(
                c.id(),
                c.patientId(),
                v.rxnorm(),
                v.name(),
                drugClass(v),
                v.antidepressant(),
                Refusals.plain(v.dose()),
                v.unit().code(),
                v.frequency().code(),
                v.startedOn(),
                v.prescriber(),
                v.stoppedOn(),
                v.stopReason(),
                last == null ? Refusals.plain(v.dose()) : last.dose(),
                last == null ? v.unit().code() : last.unit(),
                last == null ? v.frequency().code() : last.frequency(),
                c.isEnteredInError(),
                c.enteredInErrorAt(),
                c.enteredInErrorBy(),
                c.enteredInErrorReason(),
                c.createdAt(),
                c.createdBy(),
                List.copyOf(doseChanges),
                List.copyOf(notes),
                List.copyOf(revisions));
    }

    /**
     * The views of some courses, in their order, each with its dose changes and revisions, and its
     * notes only when {@code withNotes} (the patient's side never loads them).
     */
    static List<CourseView> of(MedicationStore store, List<MedicationCourse> courses, boolean withNotes) {
        if (courses.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = courses.stream().map(MedicationCourse::id).toList();
        Map<UUID, List<DoseChange>> changes = store.doseChanges(ids);
        Map<UUID, List<MedicationNote>> notes = withNotes ? store.notes(ids) : Map.of();
        Map<UUID, List<MedicationCourseRevision>> revisions = withNotes ? store.revisions(ids) : Map.of();
        return courses.stream()
                .map(c -> of(
                        c,
                        changes.getOrDefault(c.id(), List.of()).stream()
                                .map(DoseChangeView::of)
                                .toList(),
                        notes.getOrDefault(c.id(), List.of()).stream()
                                .map(NoteView::of)
                                .toList(),
                        revisions.getOrDefault(c.id(), List.of()).stream()
                                .map(RevisionView::of)
                                .toList()))
                .toList();
    }

    /** The catalogue class of a catalogue drug (by code, else by name), else null. */
    static DrugClass drugClass(CourseValues v) {
        MedicationCatalogue catalogue = MedicationCatalogue.standard();
        return catalogue
                .byRxnorm(v.rxnorm())
                .or(() -> catalogue.byName(v.name()))
                .map(CatalogueDrug::drugClass)
                .orElse(null);
    }
}
