package org.thaw.portal.screener;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.thaw.integration.view.RefusalWords;
import org.thaw.integration.view.Refusals;
import org.thaw.integration.view.Texts;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.InvalidInputException.FieldError;
import org.thaw.practice.boundary.CrisisResources;
import org.thaw.screener.boundary.DueScreener;
import org.thaw.screener.boundary.EnableWhen;
import org.thaw.screener.boundary.InstrumentDefinition;
import org.thaw.screener.boundary.InstrumentDefinition.Item;
import org.thaw.screener.boundary.InstrumentLanguages;
import org.thaw.screener.boundary.MyScreeners;
import org.thaw.screener.boundary.SafetyAnswerException;
import org.thaw.screener.boundary.Submitted;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The questionnaires page: the intake for a new patient, and whatever is due later, one
 * questionnaire per step. Each step is saved on its own, so a patient who leaves comes back to
 * the first one still due. After each step a confirmation says what was saved; after a safety
 * answer it shows the crisis resources first.
 */
@Named
@ViewScoped
public class ScreenersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyScreeners screeners;

    @Inject
    CrisisResources crisis;

    private boolean hasRecord = true;
    private boolean intake;
    private final List<String> done = new ArrayList<>();
    private List<String> dueTitles = List.of();
    private String code;
    private String title;
    private String stem;
    private String notice;
    private String disclaimer;
    private String period;
    private List<Question> questions = List.of();
    private Submitted saved;
    private String crisisText;
    /** Whether the safety answer reached the care team (false only when recording it failed). */
    private boolean crisisRecorded;

    private LocalDate today;
    private String nextTitle;
    private boolean englishOnly;
    private boolean thawTranslation;
    /** One key per step: a repeated submit of the same step (double click, retry) is one response. */
    private String stepKey;

    @PostConstruct
    void load() {
        try {
            intake = screeners.inIntake();
            today = screeners.today();
            next();
        } catch (RecordNotFoundException noRecord) {
            hasRecord = false;
        }
    }

    /** Moves to the first questionnaire still due (or to "all done"). */
    public void next() {
        saved = null;
        crisisText = null;
        List<DueScreener> due = screeners.due();
        dueTitles = due.stream().map(DueScreener::title).toList();
        if (due.isEmpty()) {
            code = null;
            questions = List.of();
            return;
        }
        stepKey = UUID.randomUUID().toString();
        InstrumentDefinition instrument = screeners.instrument(due.get(0).instrument(), language());
        englishOnly = !language().equals(InstrumentLanguages.versionFor(instrument, language()));
        thawTranslation = !englishOnly && !instrument.validated() && !InstrumentLanguages.ENGLISH.equals(language());
        code = instrument.code();
        title = instrument.title();
        stem = instrument.stem();
        notice = instrument.notice();
        disclaimer = instrument.validated() ? null : instrument.disclaimer();
        period = instrument.period();
        List<Question> list = new ArrayList<>();
        for (Item item : instrument.items()) {
            list.add(new Question(instrument, item));
        }
        for (Question q : list) {
            if (q.enableWhen() != null) {
                list.stream()
                        .filter(o -> o.getLinkId().equals(q.enableWhen().linkId()))
                        .forEach(Question::controlsOthers);
            }
        }
        questions = List.copyOf(list);
    }

    /**
     * Submits this step: saved as a whole, or refused with every answer kept and the gaps marked.
     * After a safety answer the crisis resources are set before anything else, and also when the
     * questionnaire is refused or saving fails: they come first on the page either way.
     */
    public void submit() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : questions) {
            q.missing(false);
            if (isShown(q) && q.answer() != null) {
                answers.put(q.getLinkId(), q.answer());
            }
        }
        crisisText = null;
        try {
            saved = screeners.submit(code, null, answers, stepKey, language());
            if (saved.safetyPositive()) {
                crisisText = crisis.text(language());
                crisisRecorded = true;
            }
            done.add(saved.title());
            List<DueScreener> rest = screeners.due();
            dueTitles = rest.stream().map(DueScreener::title).toList();
            nextTitle = rest.isEmpty()
                    ? null
                    : screeners.instrument(rest.get(0).instrument(), language()).title();
        } catch (SafetyAnswerException safety) {
            crisisText = crisis.text(language());
            crisisRecorded = safety.recorded();
            safety.refusal().ifPresentOrElse(this::refused, () -> failed(faces));
        } catch (InvalidInputException refused) {
            refused(refused);
        }
    }

    private void refused(InvalidInputException refused) {
        for (Question q : questions) {
            q.missing(isShown(q) && q.isRequired() && q.unanswered());
        }
        Refusals.showWorded(refused, field -> null, this::message);
    }

    /** Saving failed after a safety answer: the crisis resources are on the page; the answers stay for a retry. */
    private void failed(FacesContext faces) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("screeners.notSaved"), null));
        faces.validationFailed();
    }

    private String message(FieldError refused) {
        String field = refused.field();
        if (field.startsWith("answers.")) {
            String linkId = field.substring("answers.".length());
            Optional<Question> q =
                    questions.stream().filter(x -> x.getLinkId().equals(linkId)).findFirst();
            return q.map(x -> Texts.get("screeners.question", x.getPosition(), RefusalWords.of(refused.message())))
                    .orElse(RefusalWords.of(refused.message()));
        }
        return Texts.get("screeners.othersKept", RefusalWords.of(refused.message()));
    }

    /**
     * A question asked only after a certain answer to an earlier one is hidden until then; whether
     * it is asked is the scoring engine's own rule ({@link EnableWhen#isMetBy}), read over the
     * answers on the page.
     */
    public boolean isShown(Question q) {
        EnableWhen when = q.enableWhen();
        if (when == null) {
            return true;
        }
        Map<String, Object> given = new HashMap<>();
        for (Question o : questions) {
            Object answer = o.answer();
            if (answer != null) {
                given.put(o.getLinkId(), answer);
            }
        }
        return when.isMetBy(given);
    }

    public boolean isHasRecord() {
        return hasRecord;
    }

    public boolean isIntake() {
        return intake;
    }

    /** Nothing left to answer now (and no confirmation to show). */
    public boolean isAllDone() {
        return code == null && saved == null;
    }

    /** Showing what was just saved, before moving on. */
    public boolean isConfirming() {
        return saved != null;
    }

    public Submitted getSaved() {
        return saved;
    }

    /** The crisis resources, after a safety answer only. */
    public String getCrisisText() {
        return crisisText;
    }

    public String getNotWatched() {
        return CrisisResources.NOT_WATCHED;
    }

    public String getTitle() {
        return title;
    }

    public String getStem() {
        return stem;
    }

    public String getNotice() {
        return notice;
    }

    public String getDisclaimer() {
        return disclaimer;
    }

    public String getPeriod() {
        return period;
    }

    public List<Question> getQuestions() {
        return questions;
    }

    /** "Step 2 of 4": answered in this visit, then this one, then the rest due. */
    public int getStep() {
        return done.size() + (saved == null ? 1 : 0);
    }

    public int getSteps() {
        return done.size() + dueTitles.size();
    }

    public int getPercent() {
        int steps = getSteps();
        return steps == 0 ? 100 : (int) Math.round(100.0 * done.size() / steps);
    }

    /** The title of what comes next after the confirmation, or null when nothing is left. */
    public String getNextTitle() {
        return nextTitle;
    }

    /** "Continue to GAD-7". */
    public String getContinueLabel() {
        return Texts.get("screeners.continue", nextTitle);
    }

    /** "50% of the questionnaires done", for the progress bar. */
    public String getProgressLabel() {
        return Texts.get("screeners.progress", getPercent());
    }

    /** The patient's today (their zone, else the practice's), from the application's clock: the latest date a question takes. */
    public LocalDate getToday() {
        return today;
    }

    /** The page's language ("en", "es"): the language version asked for. */
    private static String language() {
        return Texts.locale().getLanguage();
    }

    /** The reader's language has no version of this questionnaire: it is asked in English, and the page says why. */
    public boolean isEnglishOnly() {
        return englishOnly;
    }

    /** This questionnaire is Thaw's own, shown in Thaw's translation. */
    public boolean isThawTranslation() {
        return thawTranslation;
    }

    /** The title of the questionnaire just saved, in the page's language. */
    public String getSavedTitle() {
        return saved == null
                ? null
                : screeners.instrument(saved.instrument(), language()).shortTitle();
    }

    /** The band of the result just saved, in the language it was answered in. */
    public String getSavedBandLabel() {
        if (saved == null || saved.band() == null) {
            return null;
        }
        return screeners
                .instrument(saved.instrument(), language())
                .bandLabel(saved.band())
                .orElse(saved.bandLabel());
    }

    public boolean isCrisisRecorded() {
        return crisisRecorded;
    }
}
