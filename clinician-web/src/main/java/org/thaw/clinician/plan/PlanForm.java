package org.thaw.clinician.plan;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;
import org.thaw.plan.boundary.GoalInput;
import org.thaw.plan.boundary.GoalKind;
import org.thaw.plan.boundary.GoalView;
import org.thaw.plan.boundary.HomeworkInput;
import org.thaw.plan.boundary.HomeworkView;
import org.thaw.plan.boundary.InterventionInput;
import org.thaw.plan.boundary.InterventionView;

/** The plan editor's rows, as the form holds them while the clinician types: goals, interventions, homework. */
public final class PlanForm {

    private PlanForm() {}

    /** One goal; only the fields of its kind are sent. */
    public static final class GoalRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID id;
        private String kind = GoalKind.SCORE.name();
        private String instrument = "PHQ-9";
        private String comparison;
        private Integer scoreTarget;
        private LocalDate targetDate;
        private String measure = "numbness";
        private Integer journalTarget;
        private Integer days = 14;
        private String text;
        private String clinicianComment;

        static GoalRow of(GoalView goal) {
            GoalRow row = new GoalRow();
            row.id = goal.id();
            row.kind = goal.kind().name();
            row.instrument = goal.instrument() == null ? "PHQ-9" : goal.instrument();
            row.comparison =
                    goal.comparison() == null ? null : goal.comparison().name();
            row.targetDate = goal.targetDate();
            row.measure = goal.measure() == null ? "numbness" : goal.measure();
            row.days = goal.days() == null ? 14 : goal.days();
            if (goal.kind() == GoalKind.SCORE) {
                row.scoreTarget = goal.target();
            } else if (goal.kind() == GoalKind.JOURNAL) {
                row.journalTarget = goal.target();
            }
            row.text = goal.text();
            row.clinicianComment = goal.clinicianComment();
            return row;
        }

        GoalInput input() {
            String comment = blankToNull(clinicianComment);
            String words = blankToNull(text);
            return switch (kind == null ? "" : kind) {
                case "SCORE" ->
                    new GoalInput(
                            id,
                            kind,
                            instrument,
                            scoreTarget,
                            blankToNull(comparison),
                            targetDate,
                            null,
                            null,
                            words,
                            comment);
                case "JOURNAL" ->
                    new GoalInput(id, kind, null, journalTarget, null, null, measure, days, words, comment);
                case "TEXT" -> new GoalInput(id, kind, null, null, null, targetDate, null, null, words, comment);
                default -> new GoalInput(id, kind, null, null, null, null, null, null, words, comment);
            };
        }

        /** The component of this row a refused field belongs to (its id inside the row). */
        String component(String field) {
            return switch (field) {
                case "kind", "instrument", "comparison", "measure", "days", "clinicianComment" -> field;
                case "target" -> "JOURNAL".equals(kind) ? "journalTarget" : "scoreTarget";
                case "targetDate" -> "TEXT".equals(kind) ? "textTargetDate" : "scoreTargetDate";
                case "text" -> "TEXT".equals(kind) ? "goalText" : "description";
                default -> null;
            };
        }

        public UUID getId() {
            return id;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getInstrument() {
            return instrument;
        }

        public void setInstrument(String instrument) {
            this.instrument = instrument;
        }

        public String getComparison() {
            return comparison;
        }

        public void setComparison(String comparison) {
            this.comparison = comparison;
        }

        public Integer getScoreTarget() {
            return scoreTarget;
        }

        public void setScoreTarget(Integer scoreTarget) {
            this.scoreTarget = scoreTarget;
        }

        public LocalDate getTargetDate() {
            return targetDate;
        }

        public void setTargetDate(LocalDate targetDate) {
            this.targetDate = targetDate;
        }

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }

        public Integer getJournalTarget() {
            return journalTarget;
        }

        public void setJournalTarget(Integer journalTarget) {
            this.journalTarget = journalTarget;
        }

        public Integer getDays() {
            return days;
        }

        public void setDays(Integer days) {
            this.days = days;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getClinicianComment() {
            return clinicianComment;
        }

        public void setClinicianComment(String clinicianComment) {
            this.clinicianComment = clinicianComment;
        }
    }

    /** One intervention: a catalogue code ({@code other} with words), and how often. */
    public static final class InterventionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String text;
        private String frequency;

        static InterventionRow of(InterventionView view) {
            InterventionRow row = new InterventionRow();
            row.code = view.code();
            row.text = view.text();
            row.frequency = view.frequency();
            return row;
        }

        InterventionInput input() {
            return new InterventionInput(blankToNull(code), blankToNull(text), blankToNull(frequency));
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getFrequency() {
            return frequency;
        }

        public void setFrequency(String frequency) {
            this.frequency = frequency;
        }
    }

    /** One homework item; an existing one keeps its id, and so its check-offs. */
    public static final class HomeworkRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private UUID id;
        private String text;

        static HomeworkRow of(HomeworkView view) {
            HomeworkRow row = new HomeworkRow();
            row.id = view.id();
            row.text = view.text();
            return row;
        }

        HomeworkInput input() {
            return new HomeworkInput(id, blankToNull(text));
        }

        public UUID getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
