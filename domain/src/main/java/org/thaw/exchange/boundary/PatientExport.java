package org.thaw.exchange.boundary;

import java.util.List;

/** Everything another system may read of one patient, each list oldest first. */
public record PatientExport(
        ExportedPatient patient,
        List<ExportedResponse> responses,
        List<ExportedDay> journal,
        List<ExportedFlag> flags,
        List<ExportedCourse> courses,
        ExportedPlan plan,
        List<ExportedMessage> messages) {

    public PatientExport {
        responses = List.copyOf(responses);
        journal = List.copyOf(journal);
        flags = List.copyOf(flags);
        courses = List.copyOf(courses);
        messages = List.copyOf(messages);
    }
}
