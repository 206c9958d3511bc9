/**
 * Flags: the heart of the clinician side. A rule (one class each, over a fixed window ending on
 * the evaluation day) looks at the newest facts and, when they meet its thresholds, the engine
 * opens a flag or adds the evidence to the open one of that type; it may raise severity, never
 * resolve. A clinician acknowledges and resolves flags (resolving needs a note). After a
 * resolution at time R, a type opens again only on evidence wholly after R.
 *
 * <p>MEDICATION_ONSET ({@link org.thaw.flag.control.MedicationOnsetRule}) reads the journal and
 * the patient's course events ({@code medication.control}); it runs after the journal rules on a
 * journal save, and in the transaction of a course change or a side-effect report.
 *
 * <p>Journal rules run in the transaction that stores the entry: a failure there fails the save
 * (the patient sees it and saves again), so a flag is never lost silently. One evaluation reads
 * a bounded number of rows whatever the length of the history (the widest window, by index).
 *
 * <p>Thresholds are practice settings ({@link org.thaw.flag.control.FlagSettings}); the wording
 * of evidence says what was observed, never what caused it.
 */
package org.thaw.flag;
