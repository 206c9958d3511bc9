package org.thaw.patient.boundary;

/** One member of a care team as the admin sets it: a clinician's username and a role name ({@code PRIMARY}, {@code COVERING}). */
public record MemberInput(String clinician, String role) {}
