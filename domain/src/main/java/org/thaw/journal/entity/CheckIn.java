package org.thaw.journal.entity;

import java.math.BigDecimal;
import java.util.List;
import org.thaw.journal.boundary.FunctioningImpact;
import org.thaw.journal.boundary.MedicationAffectsFeeling;

/**
 * What a patient reports for one day, checked and normalised, as it is stored: numbness is
 * required; null means "not answered"; the code lists hold known catalogue codes, each once, and
 * are empty (never null) when nothing was chosen. {@code medicationAffectsFeeling} is null when
 * the question was not asked or not answered.
 */
public record CheckIn(
        int numbness,
        Integer positiveIntensity,
        Integer negativeIntensity,
        List<String> emotions,
        BigDecimal sleepHours,
        Integer activityMinutes,
        Boolean meaningfulContact,
        List<String> copingTried,
        Boolean hopeless,
        FunctioningImpact functioningImpact,
        String note,
        MedicationAffectsFeeling medicationAffectsFeeling) {

    public CheckIn {
        emotions = emotions == null ? List.of() : List.copyOf(emotions);
        copingTried = copingTried == null ? List.of() : List.copyOf(copingTried);
    }
}
