package org.thaw.plan.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.thaw.screener.boundary.ChangeLabel;

/**
 * How far a goal has come, from the data. SCORE: {@code baseline} is the instrument's newest total
 * in the 30 days before the plan started, else the first after it; {@code current} the newest
 * total; {@code change} the reliable-change label between them. JOURNAL: {@code current} is the
 * share (0–1) of the last {@code days} days' entries at or under the target, {@code entries} how
 * many entries those days hold, {@code entriesNeeded} how many are needed. TEXT: only {@code met}
 * (marked by a clinician). Every field but {@code met} and {@code summary} may be null (no data).
 *
 * @param summary the progress in plain words, for patient and clinician alike
 */
public record GoalProgress(
        BigDecimal baseline,
        LocalDate baselineOn,
        BigDecimal current,
        LocalDate currentOn,
        ChangeLabel change,
        Integer entries,
        Integer entriesNeeded,
        boolean met,
        String summary) {}
