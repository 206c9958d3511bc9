/**
 * Medications: the courses a patient's clinicians record (drug, dose and unit, frequency, started
 * on, prescriber, stopped on and why; Thaw is not a prescribing system), each dose change as its
 * own event, corrections with the previous values kept as a revision, a course recorded by mistake
 * marked entered in error (kept, never deleted, and left out of the patient's list and the rules),
 * clinicians' notes per course, and the patient's side-effect reports (which course or "not sure",
 * emotional blunting 0–10, other effects, since when).
 *
 * <p>The antidepressant catalogue ({@code medications/antidepressants.csv}: RxNorm ingredient
 * codes and classes) and the side-effect codes ({@code medications/side-effects.csv}) are data,
 * read once per class loader by {@code MedicationCatalogue}. A course keeps the code and name it was
 * recorded with.
 *
 * <p>Boundaries: {@code PatientMedications} (the care team; anyone else's patient or course is "not
 * found"), {@code MyMedications} (the patient: their courses without stop reasons or notes, and
 * side-effect reports) and {@code MedicationChoices} (the catalogue for forms). Notes are
 * clinician-only: no record the patient's boundary returns has a field for them.
 *
 * <p>Every course change and every side-effect report is a fact for the flag engine's
 * MEDICATION_ONSET rule ({@code flag.control.MedicationOnsetRule}), evaluated in the write's
 * transaction; {@link org.thaw.medication.control.CourseFact} is what the rule reads of a course.
 */
package org.thaw.medication;
