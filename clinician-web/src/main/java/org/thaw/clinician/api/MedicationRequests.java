package org.thaw.clinician.api;

import java.math.BigDecimal;
import org.thaw.integration.rest.Dates;
import org.thaw.medication.boundary.CourseInput;
import org.thaw.medication.boundary.DoseChangeInput;
import org.thaw.medication.boundary.EnteredInErrorInput;
import org.thaw.medication.boundary.NoteInput;
import org.thaw.medication.boundary.StopInput;

/**
 * The bodies of the clinician's medication calls, bound strictly (a dose is a JSON number, 7.5
 * allowed, {@code "50"} refused; dates are yyyy-mm-dd text), each turned into the domain's input
 * record; every refusal names its field.
 */
public final class MedicationRequests {

    private MedicationRequests() {}

    /**
     * {@code {"rxnorm": "36437", "name": "sertraline", "dose": 50, "unit": "mg", "frequency":
     * "daily", "startedOn": "2026-10-01", "prescriber": "Dr. Lee"}}; for a drug outside the
     * catalogue {@code name} alone with {@code "antidepressant": true/false}; {@code stoppedOn} and
     * {@code stopReason} for a course that already ended.
     */
    public static class Course {
        public String rxnorm;
        public String name;
        public Boolean antidepressant;
        public BigDecimal dose;
        public String unit;
        public String frequency;
        public String startedOn;
        public String prescriber;
        public String stoppedOn;
        public String stopReason;

        CourseInput input() {
            return new CourseInput(
                    rxnorm,
                    name,
                    antidepressant,
                    dose,
                    unit,
                    frequency,
                    Dates.parse("startedOn", startedOn),
                    prescriber,
                    Dates.parse("stoppedOn", stoppedOn),
                    stopReason);
        }
    }

    /** {@code {"on": "2026-11-01", "dose": 100}}, optionally with a new {@code unit} or {@code frequency}. */
    public static class DoseChange {
        public String on;
        public BigDecimal dose;
        public String unit;
        public String frequency;

        DoseChangeInput input() {
            return new DoseChangeInput(Dates.parse("on", on), dose, unit, frequency);
        }
    }

    /** {@code {"on": "2026-12-01", "reason": "..."}}; the reason is clinician-only. */
    public static class Stop {
        public String on;
        public String reason;

        StopInput input() {
            return new StopInput(Dates.parse("on", on), reason);
        }
    }

    /** {@code {"text": "discussed blunting; dose reduced 100→50 mg"}} (clinician-only). */
    public static class Note {
        public String text;

        NoteInput input() {
            return new NoteInput(text);
        }
    }

    /** {@code {"reason": "recorded for the wrong patient"}}. */
    public static class EnteredInError {
        public String reason;

        EnteredInErrorInput input() {
            return new EnteredInErrorInput(reason);
        }
    }
}
