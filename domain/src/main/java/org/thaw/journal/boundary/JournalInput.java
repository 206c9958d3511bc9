package org.thaw.journal.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.thaw.journal.control.JournalCatalogue;
import org.thaw.journal.entity.CheckIn;
import org.thaw.journal.entity.JournalEntry;

/**
 * What a patient writes for a day. Only numbness is required (0 = not numb at all, 10 =
 * completely); every other answer may be left out (null). The component names are the REST
 * field names.
 *
 * @param numbness how numb they felt, 0–10
 * @param positiveIntensity how strongly they felt positive emotions, 0–10
 * @param negativeIntensity how strongly they felt negative emotions, 0–10
 * @param emotions codes of the emotions they noticed ({@link JournalCatalogue#emotions()})
 * @param sleepHours hours slept, 0–24, stored to one decimal
 * @param activityMinutes minutes of physical activity, 0–1440
 * @param meaningfulContact whether they had meaningful contact with someone
 * @param copingTried codes of the coping strategies they tried ({@link JournalCatalogue#coping()})
 * @param hopeless whether they felt hopeless
 * @param functioningImpact how much numbness got in the way of daily life
 * @param note free text, at most 2,000 characters
 * @param medicationAffectsFeeling the answer to {@value MedicationAffectsFeeling#QUESTION}, when asked
 */
public record JournalInput(
        @NotNull(message = "is required: choose a number from 0 to 10")
        @Min(value = 0, message = "must be between 0 and 10")
        @Max(value = 10, message = "must be between 0 and 10")
        Integer numbness,

        @Min(value = 0, message = "must be between 0 and 10") @Max(value = 10, message = "must be between 0 and 10")
        Integer positiveIntensity,

        @Min(value = 0, message = "must be between 0 and 10") @Max(value = 10, message = "must be between 0 and 10")
        Integer negativeIntensity,

        List<String> emotions,

        @DecimalMin(value = "0", message = "must be between 0 and 24 hours")
        @DecimalMax(value = "24", message = "must be between 0 and 24 hours")
        BigDecimal sleepHours,

        @Min(value = 0, message = "must be between 0 and 1,440 minutes (a whole day)")
        @Max(value = 1440, message = "must be between 0 and 1,440 minutes (a whole day)")
        Integer activityMinutes,

        Boolean meaningfulContact,
        List<String> copingTried,
        Boolean hopeless,
        FunctioningImpact functioningImpact,

        @Size(max = JournalEntry.NOTE_MAX, message = "must be at most 2,000 characters")
        String note,

        MedicationAffectsFeeling medicationAffectsFeeling) {

    /** A check-in without the medication question (it is asked only now and then). */
    public JournalInput(
            Integer numbness,
            Integer positiveIntensity,
            Integer negativeIntensity,
            List<String> emotions,
            BigDecimal sleepHours,
            Integer activityMinutes,
            Boolean meaningfulContact,
            List<String> copingTried,
            Boolean hopeless,
            FunctioningImpact functioningImpact,
            String note) {
        this(
                numbness,
                positiveIntensity,
                negativeIntensity,
                emotions,
                sleepHours,
                activityMinutes,
                meaningfulContact,
                copingTried,
                hopeless,
                functioningImpact,
                note,
                null);
    }

    /** A check-in of numbness and a note only, the rest not answered. */
    public static JournalInput of(Integer numbness, String note) {
        return new JournalInput(numbness, null, null, null, null, null, null, null, null, null, note);
    }

    /** A blank note is no note. */
    public String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }

    /**
     * The check-in as it is stored, once Bean Validation has passed: codes checked against the
     * catalogue (an unknown one is refused, naming {@code emotions} or {@code copingTried}), each
     * kept once in catalogue order; hours of sleep rounded to one decimal (6 minutes); a blank
     * note dropped.
     */
    CheckIn checkIn(JournalCatalogue catalogue) {
        return new CheckIn(
                numbness,
                positiveIntensity,
                negativeIntensity,
                catalogue.checkedEmotions(emotions),
                sleepHours == null ? null : sleepHours.setScale(1, RoundingMode.HALF_UP),
                activityMinutes,
                meaningfulContact,
                catalogue.checkedCoping(copingTried),
                hopeless,
                functioningImpact,
                noteOrNull(),
                medicationAffectsFeeling);
    }
}
