package org.thaw.integration.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.parser.IParser;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.thaw.exchange.boundary.ExportedCourse;
import org.thaw.exchange.boundary.ExportedDay;
import org.thaw.exchange.boundary.ExportedFlag;
import org.thaw.exchange.boundary.ExportedMessage;
import org.thaw.exchange.boundary.ExportedPatient;
import org.thaw.exchange.boundary.ExportedPlan;
import org.thaw.exchange.boundary.ExportedResponse;
import org.thaw.exchange.boundary.PatientExport;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.medication.boundary.DoseUnit;
import org.thaw.medication.boundary.Frequency;
import org.thaw.message.boundary.AuthorRole;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.control.InstrumentCatalogue;

class RecordMapperTest {

    static final List<InstrumentDefinition> INSTRUMENTS = InstrumentCatalogue.standard().all().stream()
            .map(InstrumentDefinition::of)
            .toList();
    static final Questionnaires QUESTIONNAIRES = new Questionnaires(INSTRUMENTS);
    static final List<Questionnaire> ALL_QUESTIONNAIRES =
            INSTRUMENTS.stream().map(QUESTIONNAIRES::questionnaire).toList();
    static final RecordMapper MAPPER = new RecordMapper(QUESTIONNAIRES);

    static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-00000000a1e7");
    static final UUID PHQ9 = UUID.fromString("10000000-0000-0000-0000-000000000001");
    static final Instant SUBMITTED = Instant.parse("2026-11-20T09:30:00Z");

    static Map<String, Object> phq9Answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        int[] scores = {2, 3, 1, 2, 0, 1, 2, 0, 1};
        for (int i = 0; i < scores.length; i++) {
            answers.put("phq9-" + (i + 1), scores[i]);
        }
        answers.put("phq9-difficulty", 2);
        return answers;
    }

    static PatientExport export() {
        ExportedPatient patient = new ExportedPatient(PATIENT, "Alex", "Morgan", Instant.parse("2026-10-01T08:00:00Z"));
        ExportedResponse phq9 = new ExportedResponse(
                PHQ9, "PHQ-9", "1", phq9Answers(), 12, "MODERATE", LocalDate.of(2026, 11, 20), SUBMITTED, false);
        ExportedResponse recorded = new ExportedResponse(
                UUID.randomUUID(), "ODQ", null, Map.of(), 70, null, LocalDate.of(2026, 11, 1), SUBMITTED, true);
        ExportedDay day = new ExportedDay(UUID.randomUUID(), LocalDate.of(2026, 11, 21), 7, SUBMITTED);
        ExportedFlag open = new ExportedFlag(
                UUID.randomUUID(), FlagType.PERSISTENT_NUMBNESS, Severity.HIGH, FlagStatus.OPEN, SUBMITTED, null);
        ExportedFlag resolved = new ExportedFlag(
                UUID.randomUUID(),
                FlagType.SAFETY,
                Severity.URGENT,
                FlagStatus.RESOLVED,
                SUBMITTED,
                SUBMITTED.plusSeconds(3600));
        ExportedCourse sertraline = new ExportedCourse(
                UUID.randomUUID(),
                "36437",
                "sertraline",
                true,
                LocalDate.of(2026, 10, 1),
                null,
                List.of(
                        new ExportedCourse.Dose(
                                LocalDate.of(2026, 10, 1), new BigDecimal("50.000"), DoseUnit.MG, Frequency.DAILY),
                        new ExportedCourse.Dose(
                                LocalDate.of(2026, 10, 15), new BigDecimal("100"), DoseUnit.MG, Frequency.DAILY)),
                SUBMITTED);
        ExportedCourse other = new ExportedCourse(
                UUID.randomUUID(),
                null,
                "melatonin",
                false,
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30),
                List.of(new ExportedCourse.Dose(
                        LocalDate.of(2026, 9, 1), new BigDecimal("3"), DoseUnit.MG, Frequency.AS_NEEDED)),
                null);
        ExportedPlan plan = new ExportedPlan(
                UUID.randomUUID(),
                "Numbness since the spring",
                SUBMITTED,
                SUBMITTED,
                LocalDate.of(2026, 12, 20),
                List.of(
                        new ExportedPlan.Goal(
                                UUID.randomUUID(),
                                "PHQ-9 below 10",
                                LocalDate.of(2027, 1, 31),
                                false,
                                "PHQ-9: 14 at the start, 12 now"),
                        new ExportedPlan.Goal(UUID.randomUUID(), "Walk every day", null, true, null)),
                List.of(new ExportedPlan.Intervention("cbt", "Cognitive behavioural therapy", "weekly")));
        ExportedMessage fromPatient = new ExportedMessage(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Sleep",
                AuthorRole.PATIENT,
                "Alex Morgan",
                "I sleep badly",
                SUBMITTED);
        ExportedMessage fromClinician = new ExportedMessage(
                UUID.randomUUID(),
                UUID.randomUUID(),
                "Sleep",
                AuthorRole.CLINICIAN,
                "Sam Rivera",
                "Let us talk",
                SUBMITTED);
        return new PatientExport(
                patient,
                List.of(recorded, phq9),
                List.of(day),
                List.of(open, resolved),
                List.of(other, sertraline),
                plan,
                List.of(fromPatient, fromClinician));
    }

    @Test
    void everyResourceOfAFullRecordValidatesAgainstBaseR4() {
        List<Resource> all = MAPPER.all(export());
        assertEquals(
                List.of(
                        "Patient",
                        "Observation",
                        "QuestionnaireResponse",
                        "Observation",
                        "Observation",
                        "Flag",
                        "Flag",
                        "MedicationStatement",
                        "MedicationStatement",
                        "CarePlan",
                        "Goal",
                        "Goal",
                        "Communication",
                        "Communication"),
                all.stream().map(Resource::fhirType).toList());
        Bundle bundle =
                Searches.page("http://localhost/clinician/fhir", "Patient/x/$everything", Map.of(), all, List.of());
        assertEquals(List.of(), R4Validation.errors(ALL_QUESTIONNAIRES, bundle));
    }

    @Test
    void everyQuestionnaireValidatesAndCarriesItsLoincCodes() {
        for (Questionnaire q : ALL_QUESTIONNAIRES) {
            assertEquals(
                    List.of(),
                    R4Validation.errors(ALL_QUESTIONNAIRES, q),
                    q.getIdElement().getIdPart());
        }
        Questionnaire phq9 = ALL_QUESTIONNAIRES.stream()
                .filter(q -> q.getIdElement().getIdPart().equals("phq-9-v1"))
                .findFirst()
                .orElseThrow();
        assertEquals("44249-1", phq9.getCodeFirstRep().getCode());
        assertEquals("44260-8", phq9.getItem().get(8).getCodeFirstRep().getCode());
        assertEquals(
                "LA6568-5",
                phq9.getItem().get(0).getAnswerOptionFirstRep().getValueCoding().getCode());
        Questionnaire.QuestionnaireItemComponent total =
                phq9.getItem().get(phq9.getItem().size() - 1);
        assertEquals("44261-6", total.getCodeFirstRep().getCode());
    }

    @Test
    void aPhq9ResponseParsedBackGivesTheSameAnswersAndTotal() {
        QuestionnaireResponse exported =
                MAPPER.response(PATIENT, export().responses().get(1));
        for (IParser parser :
                List.of(Fhir.context().newJsonParser(), Fhir.context().newXmlParser())) {
            QuestionnaireResponse parsed =
                    parser.parseResource(QuestionnaireResponse.class, parser.encodeResourceToString(exported));
            Map<String, Object> answers = new LinkedHashMap<>();
            int sum = 0;
            Integer total = null;
            for (QuestionnaireResponse.QuestionnaireResponseItemComponent item : parsed.getItem()) {
                if (item.getLinkId().equals(Questionnaires.TOTAL)) {
                    total = item.getAnswerFirstRep().getValueIntegerType().getValue();
                    continue;
                }
                Coding answer = item.getAnswerFirstRep().getValueCoding();
                int score = ((DecimalType)
                                answer.getExtensionByUrl(Fhir.ORDINAL_VALUE).getValue())
                        .getValue()
                        .intValueExact();
                answers.put(item.getLinkId(), score);
                if (!item.getLinkId().equals("phq9-difficulty")) {
                    sum += score;
                }
            }
            assertEquals(phq9Answers(), answers);
            assertEquals(12, total);
            assertEquals(12, sum);
            assertEquals("urn:thaw:questionnaire:phq-9|1", parsed.getQuestionnaire());
            assertEquals("Patient/" + PATIENT, parsed.getSubject().getReference());
        }
    }

    @Test
    void aScreenerTotalIsASurveyObservationWithItsLoincCodeDerivedFromItsResponse() {
        Observation total = MAPPER.total(PATIENT, export().responses().get(1));
        assertEquals("total-" + PHQ9, total.getIdElement().getIdPart());
        assertEquals("survey", total.getCategoryFirstRep().getCodingFirstRep().getCode());
        assertEquals("http://loinc.org", total.getCode().getCodingFirstRep().getSystem());
        assertEquals("44261-6", total.getCode().getCodingFirstRep().getCode());
        assertEquals(12, total.getValueIntegerType().getValue());
        assertEquals(
                "QuestionnaireResponse/" + PHQ9, total.getDerivedFromFirstRep().getReference());
        assertEquals("2026-11-20", total.getEffectiveDateTimeType().getValueAsString());

        Observation recorded = MAPPER.total(PATIENT, export().responses().get(0));
        assertEquals(Fhir.THAW_CODES, recorded.getCode().getCodingFirstRep().getSystem());
        assertTrue(recorded.getDerivedFrom().isEmpty(), "a total recorded from elsewhere has no response");
    }

    @Test
    void aCourseIsRxNormCodedWithEachDoseStep() {
        MedicationStatement ms =
                RecordMapper.medication(PATIENT, export().courses().get(1));
        assertEquals(
                Fhir.RXNORM,
                ms.getMedicationCodeableConcept().getCodingFirstRep().getSystem());
        assertEquals(
                "36437", ms.getMedicationCodeableConcept().getCodingFirstRep().getCode());
        assertEquals(MedicationStatement.MedicationStatementStatus.ACTIVE, ms.getStatus());
        assertEquals(2, ms.getDosage().size());
        assertEquals("100 mg once a day from 2026-10-15", ms.getDosage().get(1).getText());
        assertEquals("2026-10-01", ms.getEffectivePeriod().getStartElement().getValueAsString());
        MedicationStatement stopped =
                RecordMapper.medication(PATIENT, export().courses().get(0));
        assertEquals(MedicationStatement.MedicationStatementStatus.COMPLETED, stopped.getStatus());
        assertTrue(stopped.getMedicationCodeableConcept().getCoding().isEmpty());
    }

    @Test
    void aClinicianMessageNamesItsAuthorAndThePatientAsRecipient() {
        Communication c =
                RecordMapper.communication(PATIENT, export().messages().get(1));
        assertEquals("Sam Rivera", c.getSender().getDisplay());
        assertEquals("Patient/" + PATIENT, c.getRecipientFirstRep().getReference());
        assertEquals(
                "Let us talk", c.getPayloadFirstRep().getContentStringType().getValue());
    }
}
