/**
 * The daily journal: a patient's short check-in, one entry per local day in their time zone.
 * Today's and yesterday's entries may be written or corrected; older ones are read-only. A
 * second save for the same day updates that day's entry, never adds a row (a unique constraint
 * and an upsert make a double submit one row).
 *
 * <p>Out of scope here: the flag rules that read journals ({@code flag}), and the richer journal
 * fields (emotions, sleep, coping...), which extend this entry.
 */
package org.thaw.journal;
