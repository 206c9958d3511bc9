package org.thaw.integration.rest;

import java.math.BigDecimal;
import java.util.List;
import org.thaw.journal.boundary.FunctioningImpact;
import org.thaw.journal.boundary.JournalInput;
import org.thaw.journal.boundary.MedicationAffectsFeeling;

/**
 * The body of a journal day's PUT, the patient's own ({@code PUT /portal/api/journal/{date}}) and
 * a clinician's from a paper diary ({@code PUT /clinician/api/patients/{id}/journal/{date}}): the
 * same fields, so a script writes both alike. {@code numbness} (0–10) is required, every other
 * field may be left out.
 *
 * <pre>
 * {"numbness": 7, "positiveIntensity": 2, "negativeIntensity": 6, "emotions": ["sad", "empty"],
 *  "sleepHours": 6.5, "activityMinutes": 20, "meaningfulContact": false,
 *  "copingTried": ["grounding"], "hopeless": true, "functioningImpact": "VERY", "note": "...",
 *  "medicationAffectsFeeling": "NOT_SURE"}
 * </pre>
 */
public class JournalRequest {
    public Integer numbness;
    public Integer positiveIntensity;
    public Integer negativeIntensity;
    public List<String> emotions;
    public BigDecimal sleepHours;
    public Integer activityMinutes;
    public Boolean meaningfulContact;
    public List<String> copingTried;
    public Boolean hopeless;
    /** Text, converted here: an unknown answer is then a 400 naming this field, not an unreadable body. */
    public String functioningImpact;

    public String note;
    /** {@code YES}, {@code NO} or {@code NOT_SURE}; text for the same reason as {@link #functioningImpact}. */
    public String medicationAffectsFeeling;

    /** The domain's input; an unknown answer code is refused naming its field. */
    public JournalInput input() {
        return new JournalInput(
                numbness,
                positiveIntensity,
                negativeIntensity,
                emotions,
                sleepHours,
                activityMinutes,
                meaningfulContact,
                copingTried,
                hopeless,
                FunctioningImpact.parse(functioningImpact),
                note,
                MedicationAffectsFeeling.parse(medicationAffectsFeeling));
    }
}
