package org.thaw.integration.fhir;

import org.hl7.fhir.r4.model.OperationOutcome;

/** Errors as OperationOutcome: one issue, severity error, a code and the words for the caller. */
public final class Outcomes {

    private Outcomes() {}

    public static OperationOutcome error(String issueCode, String diagnostics) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.fromCode(issueCode))
                .setDiagnostics(diagnostics);
        return outcome;
    }
}
