package org.thaw.integration.fhir;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

/** HAPI's validator against the base R4 specification, knowing Thaw's questionnaires. */
final class R4Validation {

    private static FhirValidator validator;

    private R4Validation() {}

    static synchronized FhirValidator validator(List<Questionnaire> questionnaires) {
        if (validator == null) {
            PrePopulatedValidationSupport thaw = new PrePopulatedValidationSupport(Fhir.context());
            questionnaires.forEach(thaw::addResource);
            ValidationSupportChain chain = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(Fhir.context()),
                    thaw,
                    new InMemoryTerminologyServerValidationSupport(Fhir.context()),
                    new CommonCodeSystemsTerminologyService(Fhir.context()));
            validator = Fhir.context().newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    /** The errors (and fatal messages) the validator finds, as "location: message" lines. */
    static List<String> errors(List<Questionnaire> questionnaires, IBaseResource resource) {
        return validator(questionnaires).validateWithResult(resource).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validation::line)
                .toList();
    }

    private static String line(SingleValidationMessage m) {
        return m.getLocationString() + ": " + m.getMessage();
    }
}
