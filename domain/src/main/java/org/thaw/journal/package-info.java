/**
 * The daily journal: a patient's short check-in, one entry per local day in their time zone.
 * Today's and yesterday's entries may be written or corrected; older ones are read-only. A
 * second save for the same day updates that day's entry, never adds a row (a unique constraint
 * and an upsert make a double submit one row).
 *
 * <p>The check-in: numbness 0–10 (required), how strongly positive and negative emotions were
 * felt, the emotions noticed, hours slept, minutes of activity, meaningful contact, the coping
 * strategies tried, hopelessness, how much numbness got in the way of daily life, and a note. The
 * emotion and coping codes are data ({@code catalogues/journal.properties}, read by {@code
 * JournalCatalogue}), checked on every save. The portal shows the patient their last 30 days and
 * a streak of days in a row.
 *
 * <p>Out of scope here: the flag rules that read journals ({@code flag}; they read the columns
 * with their own queries), and the clinician's views of a journal beyond listing its entries.
 */
package org.thaw.journal;
