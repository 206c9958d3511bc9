package org.thaw.journal.boundary;

/** A saved day, and whether the save created it (REST: 201) or updated it (200). */
public record SavedDay(JournalDay day, boolean created) {}
