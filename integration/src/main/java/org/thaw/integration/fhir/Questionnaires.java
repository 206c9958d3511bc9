package org.thaw.integration.fhir;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.ItemType;

/**
 * Thaw's instruments as Questionnaires, one per version: id {@code phq-9-v1}, canonical URL {@code
 * urn:thaw:questionnaire:phq-9} with the version; items keep Thaw's linkIds and their LOINC codes,
 * answers are codings (LOINC answer codes where the instrument has them, else the instrument's own
 * answer system) carrying the score as {@code ordinalValue}; a read-only {@code total} item closes
 * each one, coded with the total's LOINC code where there is one.
 */
public final class Questionnaires {

    /** The linkId of the total every questionnaire ends with. */
    public static final String TOTAL = "total";

    private final List<InstrumentDefinition> instruments;

    public Questionnaires(List<InstrumentDefinition> instruments) {
        this.instruments = List.copyOf(instruments);
    }

    public List<InstrumentDefinition> instruments() {
        return instruments;
    }

    /** The definition a response answered, if Thaw knows it. */
    public Optional<InstrumentDefinition> find(String code, String version) {
        return instruments.stream()
                .filter(i -> i.code().equalsIgnoreCase(code) && i.version().equals(version))
                .findFirst();
    }

    /** {@code phq-9-v1}. */
    public static String id(String code, String version) {
        return slug(code) + "-v" + version;
    }

    /** {@code urn:thaw:questionnaire:phq-9}. */
    public static String url(String code) {
        return Fhir.QUESTIONNAIRE_PREFIX + slug(code);
    }

    /** {@code urn:thaw:questionnaire:phq-9|1}, what a response names. */
    public static String canonical(String code, String version) {
        return url(code) + "|" + version;
    }

    /** The answer system of an instrument's answers that have no LOINC code. */
    static String answerSystem(String code) {
        return url(code) + ":answer";
    }

    static String slug(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    public Questionnaire questionnaire(InstrumentDefinition d) {
        Questionnaire q = new Questionnaire();
        q.setId(id(d.code(), d.version()));
        q.setUrl(url(d.code()));
        q.setVersion(d.version());
        q.setName(d.code().replaceAll("[^A-Za-z0-9]", "") + "v" + d.version());
        q.setTitle(d.title());
        q.setStatus(PublicationStatus.ACTIVE);
        q.addSubjectType("Patient");
        if (d.notice() != null) {
            q.setCopyright(d.notice());
        }
        String about = d.validated() ? d.stem() : d.disclaimer();
        if (about != null) {
            q.setDescription(about);
        }
        if (d.loinc() != null) {
            q.addCode(new Coding(Fhir.LOINC, d.loinc(), d.shortTitle()));
        }
        for (InstrumentDefinition.Item item : d.items()) {
            Questionnaire.QuestionnaireItemComponent qi =
                    q.addItem().setLinkId(item.linkId()).setText(item.text()).setRequired(item.required());
            if (item.code() != null) {
                qi.addCode(new Coding(Fhir.LOINC, item.code(), null));
            }
            if (item.type() == ItemType.DATE) {
                qi.setType(Questionnaire.QuestionnaireItemType.DATE);
            } else {
                qi.setType(Questionnaire.QuestionnaireItemType.CHOICE);
                qi.setRepeats(item.type() == ItemType.CODES);
                for (InstrumentDefinition.Option option : item.options()) {
                    qi.addAnswerOption().setValue(coding(d, option));
                }
            }
            if (item.enableWhen() != null) {
                InstrumentDefinition.Item earlier = item(d, item.enableWhen().linkId());
                qi.addEnableWhen()
                        .setQuestion(item.enableWhen().linkId())
                        .setOperator(Questionnaire.QuestionnaireItemOperator.EQUAL)
                        .setAnswer(
                                earlier == null
                                        ? new Coding(
                                                answerSystem(d.code()),
                                                item.enableWhen().answer(),
                                                null)
                                        : coding(
                                                d,
                                                option(
                                                        earlier,
                                                        item.enableWhen().answer())));
            }
        }
        Questionnaire.QuestionnaireItemComponent total = q.addItem()
                .setLinkId(TOTAL)
                .setText("Total score")
                .setType(Questionnaire.QuestionnaireItemType.INTEGER)
                .setReadOnly(true);
        if (d.totalLoinc() != null) {
            total.addCode(new Coding(Fhir.LOINC, d.totalLoinc(), null));
        }
        return q;
    }

    static InstrumentDefinition.Item item(InstrumentDefinition d, String linkId) {
        return d.items().stream()
                .filter(i -> i.linkId().equals(linkId))
                .findFirst()
                .orElse(null);
    }

    /** The option a stored answer (a score, or a code) stands for. */
    static InstrumentDefinition.Option option(InstrumentDefinition.Item item, Object answer) {
        String value = String.valueOf(answer);
        for (InstrumentDefinition.Option o : item.options()) {
            if (item.type() == ItemType.CHOICE) {
                if (o.score() != null && answer instanceof Number n && o.score() == n.intValue()) {
                    return o;
                }
                if (o.score() != null && String.valueOf(o.score()).equals(value)) {
                    return o;
                }
            } else if (value.equals(o.code())) {
                return o;
            }
        }
        return new InstrumentDefinition.Option(null, value, null);
    }

    /** An option as a coding: its LOINC answer code, else the instrument's code or score; the score as ordinalValue. */
    static Coding coding(InstrumentDefinition d, InstrumentDefinition.Option option) {
        Coding coding;
        if (option.code() != null && option.code().matches("LA\\d+-\\d")) {
            coding = new Coding(Fhir.LOINC, option.code(), option.text());
        } else if (option.code() != null) {
            coding = new Coding(answerSystem(d.code()), option.code(), option.text());
        } else {
            coding = new Coding(answerSystem(d.code()), String.valueOf(option.score()), option.text());
        }
        if (option.score() != null) {
            coding.addExtension(Fhir.ORDINAL_VALUE, new DecimalType(BigDecimal.valueOf(option.score())));
        }
        return coding;
    }
}
