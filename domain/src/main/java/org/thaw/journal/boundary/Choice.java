package org.thaw.journal.boundary;

/** One answer a patient can pick: the code that is stored and sent, and the label they read. */
public record Choice(String code, String label) {}
