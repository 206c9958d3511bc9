package org.thaw.integration.fhir;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Timing;
import org.thaw.exchange.boundary.ExportedCourse;
import org.thaw.exchange.boundary.ExportedDay;
import org.thaw.exchange.boundary.ExportedFlag;
import org.thaw.exchange.boundary.ExportedMessage;
import org.thaw.exchange.boundary.ExportedPatient;
import org.thaw.exchange.boundary.ExportedPlan;
import org.thaw.exchange.boundary.ExportedResponse;
import org.thaw.exchange.boundary.PatientExport;
import org.thaw.medication.boundary.DoseUnit;
import org.thaw.medication.boundary.Frequency;
import org.thaw.message.boundary.AuthorRole;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.ItemType;

/**
 * One patient's export as FHIR R4 resources. Ids: a patient, response, flag, course, plan, goal or
 * message keeps Thaw's id; a screener total is {@code total-<response id>}, a journal day's
 * numbness {@code numbness-<entry id>}. Nothing clinician-only is in an export, so nothing here can
 * leak it.
 */
public final class RecordMapper {

    /** The prefix of a screener total's Observation id. */
    public static final String TOTAL_PREFIX = "total-";

    /** The prefix of a journal day's numbness Observation id. */
    public static final String NUMBNESS_PREFIX = "numbness-";

    private final Questionnaires questionnaires;

    public RecordMapper(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** Every resource of the export: the patient first, then each type in the order of the export. */
    public List<Resource> all(PatientExport export) {
        List<Resource> out = new ArrayList<>();
        UUID patient = export.patient().id();
        out.add(patient(export.patient()));
        for (ExportedResponse r : export.responses()) {
            if (!r.recordedByClinician()) {
                out.add(response(patient, r));
            }
            out.add(total(patient, r));
        }
        export.journal().forEach(d -> out.add(numbness(patient, d)));
        export.flags().forEach(f -> out.add(flag(patient, f)));
        export.courses().forEach(c -> out.add(medication(patient, c)));
        if (export.plan() != null) {
            out.add(carePlan(patient, export.plan()));
            export.plan().goals().forEach(g -> out.add(goal(patient, export.plan(), g)));
        }
        export.messages().forEach(m -> out.add(communication(patient, m)));
        return out;
    }

    public static Patient patient(ExportedPatient p) {
        Patient patient = new Patient();
        patient.setId(p.id().toString());
        lastUpdated(patient, p.createdAt());
        patient.addIdentifier().setSystem(Fhir.PATIENT_ID_SYSTEM).setValue(p.id().toString());
        patient.setActive(true);
        patient.addName().setFamily(p.lastName()).addGiven(p.firstName());
        return patient;
    }

    public QuestionnaireResponse response(UUID patient, ExportedResponse r) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setId(r.id().toString());
        lastUpdated(qr, r.submittedAt());
        qr.setQuestionnaire(Questionnaires.canonical(r.instrument(), r.version()));
        qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        qr.setSubject(patientRef(patient));
        qr.setAuthor(patientRef(patient));
        qr.setAuthored(Date.from(r.submittedAt()));
        InstrumentDefinition d =
                questionnaires.find(r.instrument(), r.version()).orElse(null);
        if (d == null) {
            return qr;
        }
        for (InstrumentDefinition.Item item : d.items()) {
            Object answer = r.answers().get(item.linkId());
            if (answer == null || (answer instanceof Collection<?> c && c.isEmpty())) {
                continue;
            }
            QuestionnaireResponse.QuestionnaireResponseItemComponent qi =
                    qr.addItem().setLinkId(item.linkId()).setText(item.text());
            if (item.type() == ItemType.DATE) {
                qi.addAnswer().setValue(new DateType(String.valueOf(answer)));
            } else if (answer instanceof Collection<?> codes) {
                for (Object code : codes) {
                    qi.addAnswer().setValue(Questionnaires.coding(d, Questionnaires.option(item, code)));
                }
            } else {
                qi.addAnswer().setValue(Questionnaires.coding(d, Questionnaires.option(item, answer)));
            }
        }
        qr.addItem()
                .setLinkId(Questionnaires.TOTAL)
                .setText("Total score")
                .addAnswer()
                .setValue(new IntegerType(r.total()));
        return qr;
    }

    /** A screener total: category survey, the total's LOINC code (else Thaw's), derived from its response. */
    public Observation total(UUID patient, ExportedResponse r) {
        Observation o = new Observation();
        o.setId(TOTAL_PREFIX + r.id());
        lastUpdated(o, r.submittedAt());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(survey());
        InstrumentDefinition d =
                questionnaires.find(r.instrument(), r.version()).orElse(null);
        String title = (d == null ? r.instrument() : d.shortTitle()) + " total score";
        if (d != null && d.totalLoinc() != null) {
            o.getCode().addCoding(new Coding(Fhir.LOINC, d.totalLoinc(), null));
        } else {
            o.getCode().addCoding(new Coding(Fhir.THAW_CODES, totalCode(r.instrument()), title));
        }
        o.getCode().setText(title);
        o.setSubject(patientRef(patient));
        o.setEffective(new DateTimeType(r.administeredOn().toString()));
        o.setIssued(Date.from(r.submittedAt()));
        o.setValue(new IntegerType(r.total()));
        if (!r.recordedByClinician()) {
            o.addDerivedFrom(new Reference("QuestionnaireResponse/" + r.id()));
        }
        return o;
    }

    static String totalCode(String instrument) {
        return Questionnaires.slug(instrument) + "-total";
    }

    /** A journal day's numbness, 0–10, as Thaw's own code. */
    public static Observation numbness(UUID patient, ExportedDay d) {
        Observation o = new Observation();
        o.setId(NUMBNESS_PREFIX + d.id());
        lastUpdated(o, d.updatedAt());
        o.setStatus(Observation.ObservationStatus.FINAL);
        o.addCategory(survey());
        o.getCode()
                .addCoding(new Coding(Fhir.THAW_CODES, Fhir.NUMBNESS_CODE, "Emotional numbness today (0-10)"))
                .setText("Emotional numbness (daily journal, 0-10)");
        o.setSubject(patientRef(patient));
        o.setEffective(new DateTimeType(d.date().toString()));
        o.setValue(new IntegerType(d.numbness()));
        return o;
    }

    public static Flag flag(UUID patient, ExportedFlag f) {
        Flag flag = new Flag();
        flag.setId(f.id().toString());
        lastUpdated(flag, f.lastChanged());
        flag.setStatus(f.resolvedAt() == null ? Flag.FlagStatus.ACTIVE : Flag.FlagStatus.INACTIVE);
        flag.addCategory(new CodeableConcept(new Coding(Fhir.FLAG_CATEGORY, "clinical", "Clinical")));
        String words = f.type().label();
        flag.setCode(new CodeableConcept(new Coding(Fhir.FLAG_TYPES, f.type().name(), words))
                .setText(words + " (" + f.severity().name().toLowerCase(Locale.ROOT) + ")"));
        flag.setSubject(patientRef(patient));
        Period period = new Period().setStart(Date.from(f.openedAt()));
        if (f.resolvedAt() != null) {
            period.setEnd(Date.from(f.resolvedAt()));
        }
        flag.setPeriod(period);
        return flag;
    }

    public static MedicationStatement medication(UUID patient, ExportedCourse c) {
        MedicationStatement ms = new MedicationStatement();
        ms.setId(c.id().toString());
        lastUpdated(ms, c.lastChanged());
        ms.setStatus(
                c.stoppedOn() == null
                        ? MedicationStatement.MedicationStatementStatus.ACTIVE
                        : MedicationStatement.MedicationStatementStatus.COMPLETED);
        CodeableConcept drug = new CodeableConcept().setText(c.name());
        if (c.rxnorm() != null) {
            drug.addCoding(new Coding(Fhir.RXNORM, c.rxnorm(), c.name()));
        }
        ms.setMedication(drug);
        ms.setSubject(patientRef(patient));
        Period period =
                new Period().setStartElement(new DateTimeType(c.startedOn().toString()));
        if (c.stoppedOn() != null) {
            period.setEndElement(new DateTimeType(c.stoppedOn().toString()));
        }
        ms.setEffective(period);
        if (c.lastChanged() != null) {
            ms.setDateAsserted(Date.from(c.lastChanged()));
        }
        int sequence = 1;
        for (ExportedCourse.Dose dose : c.doses()) {
            ms.addDosage(dosage(dose, sequence++));
        }
        return ms;
    }

    static Dosage dosage(ExportedCourse.Dose dose, int sequence) {
        Dosage d = new Dosage();
        d.setSequence(sequence);
        d.setText(plain(dose.amount()) + " " + dose.unit().code() + " "
                + dose.frequency().label() + " from " + dose.from());
        if (dose.frequency() == Frequency.AS_NEEDED) {
            d.setAsNeeded(new BooleanType(true));
        } else {
            Timing.TimingRepeatComponent repeat = new Timing.TimingRepeatComponent();
            switch (dose.frequency()) {
                case TWICE_DAILY -> repeat.setFrequency(2).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
                case THREE_TIMES_DAILY -> repeat.setFrequency(3).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
                case WEEKLY -> repeat.setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
                default -> repeat.setFrequency(1).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.D);
            }
            repeat.setBounds(
                    new Period().setStartElement(new DateTimeType(dose.from().toString())));
            d.setTiming(new Timing().setRepeat(repeat));
        }
        d.addDoseAndRate()
                .setDose(new Quantity()
                        .setValue(dose.amount())
                        .setUnit(dose.unit().code())
                        .setSystem(Fhir.UCUM)
                        .setCode(ucum(dose.unit())));
        return d;
    }

    static String ucum(DoseUnit unit) {
        return switch (unit) {
            case MG -> "mg";
            case MCG -> "ug";
            case ML -> "mL";
        };
    }

    public static CarePlan carePlan(UUID patient, ExportedPlan p) {
        CarePlan plan = new CarePlan();
        plan.setId(p.id().toString());
        lastUpdated(plan, p.updatedAt());
        plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("Treatment plan");
        plan.setDescription(p.problem());
        plan.setSubject(patientRef(patient));
        plan.setPeriod(new Period().setStart(Date.from(p.startedAt())));
        for (ExportedPlan.Goal g : p.goals()) {
            plan.addGoal(new Reference("Goal/" + g.id()));
        }
        for (ExportedPlan.Intervention i : p.interventions()) {
            CarePlan.CarePlanActivityDetailComponent detail = new CarePlan.CarePlanActivityDetailComponent()
                    .setStatus(CarePlan.CarePlanActivityStatus.INPROGRESS)
                    .setCode(new CodeableConcept(new Coding(Fhir.INTERVENTIONS, i.code(), i.label())))
                    .setDescription(
                            i.frequency() == null || i.frequency().isBlank()
                                    ? i.label()
                                    : i.label() + ", " + i.frequency());
            plan.addActivity().setDetail(detail);
        }
        return plan;
    }

    public static Goal goal(UUID patient, ExportedPlan p, ExportedPlan.Goal g) {
        Goal goal = new Goal();
        goal.setId(g.id().toString());
        lastUpdated(goal, p.updatedAt());
        goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
        goal.setAchievementStatus(new CodeableConcept(
                g.met()
                        ? new Coding(Fhir.GOAL_ACHIEVEMENT, "achieved", "Achieved")
                        : new Coding(Fhir.GOAL_ACHIEVEMENT, "in-progress", "In Progress")));
        goal.setDescription(new CodeableConcept().setText(g.description()));
        goal.setSubject(patientRef(patient));
        goal.setStart(new DateType(Date.from(p.startedAt())));
        if (g.targetDate() != null) {
            goal.addTarget().setDue(new DateType(g.targetDate().toString()));
        }
        if (g.progress() != null && !g.progress().isBlank()) {
            goal.addNote().setText(g.progress());
        }
        return goal;
    }

    public static Communication communication(UUID patient, ExportedMessage m) {
        Communication c = new Communication();
        c.setId(m.id().toString());
        lastUpdated(c, m.sentAt());
        c.setStatus(Communication.CommunicationStatus.COMPLETED);
        c.setSubject(patientRef(patient));
        c.setTopic(new CodeableConcept().setText(m.subject()));
        c.setSent(Date.from(m.sentAt()));
        if (m.authorRole() == AuthorRole.PATIENT) {
            c.setSender(patientRef(patient));
        } else {
            c.setSender(new Reference().setDisplay(m.authorName()));
            c.addRecipient(patientRef(patient));
        }
        c.addPayload().setContent(new StringType(m.body()));
        return c;
    }

    static CodeableConcept survey() {
        return new CodeableConcept(new Coding(Fhir.OBSERVATION_CATEGORY, "survey", "Survey"));
    }

    static Reference patientRef(UUID patient) {
        return new Reference("Patient/" + patient);
    }

    static void lastUpdated(Resource r, Instant at) {
        if (at != null) {
            r.getMeta().setLastUpdated(Date.from(at));
        }
    }

    static String plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
