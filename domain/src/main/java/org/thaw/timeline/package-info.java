/**
 * A patient's timeline: one list of dated events across the capabilities, for the chart's one
 * time axis and for other clients (journal numbness, screener totals, medication course starts,
 * dose changes and stops, side-effect reports, flags opened and resolved). It owns no table: its
 * boundary {@code PatientTimeline} reads each capability through that capability's control
 * ({@code JournalStore}, {@code ScreenerStore}, {@code MedicationStore}, {@code FlagEngine}) in one
 * transaction and one audit row, so no capability learns of the others and the chart makes one
 * call. Its own package, rather than a part of medications, because it reads four capabilities and
 * belongs to none of them.
 */
package org.thaw.timeline;
