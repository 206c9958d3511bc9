package org.thaw.integration.fhir;

/**
 * A FHIR request that cannot be answered as asked: the HTTP status, the OperationOutcome issue code
 * and the words for the caller (never health data).
 */
public class FhirRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String issueCode;

    public FhirRequestException(int status, String issueCode, String message) {
        super(message);
        this.status = status;
        this.issueCode = issueCode;
    }

    /** A refused parameter: 400, issue code {@code invalid}. */
    public static FhirRequestException badParameter(String message) {
        return new FhirRequestException(400, "invalid", message);
    }

    /** An unknown resource or one the caller may not read: 404, issue code {@code not-found}. */
    public static FhirRequestException notFound(String type, String id) {
        return new FhirRequestException(404, "not-found", type + "/" + id + " is not known");
    }

    public int status() {
        return status;
    }

    public String issueCode() {
        return issueCode;
    }
}
