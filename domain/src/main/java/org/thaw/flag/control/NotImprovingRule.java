package org.thaw.flag.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.thaw.flag.boundary.EvidenceMessage;
import org.thaw.flag.boundary.EvidenceMessage.Count;
import org.thaw.flag.boundary.EvidenceMessage.Day;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * NOT_IMPROVING (docs/clinical-rules.md): {@code days} (84) days or more after the treatment plan
 * started (its first revision), the newest PHQ-9 is more than 50 % of the plan's baseline PHQ-9 (the
 * newest in the 30 days before the start, else the first after it), and that baseline was above 9.
 * Exactly half does not fire. With no follow-up PHQ-9 the baseline is also the newest, so a plan
 * with no follow-up by day 84 fires too. MEDIUM. After a resolution only a PHQ-9 entered after it
 * fires again. Plain Java over what the engine read: the plan's start day and two results.
 */
public final class NotImprovingRule {

    public static final FlagType TYPE = FlagType.NOT_IMPROVING;

    public static final Severity SEVERITY = Severity.MEDIUM;

    /** The default of {@code flag.not_improving.days}: 12 weeks. */
    public static final int DEFAULT_DAYS = 84;

    /** Response is judged only from a baseline above this (CMS159's index). */
    static final int BASELINE_ABOVE = 9;

    /**
     * @param startDay the plan's start in the patient's zone
     * @param today the evaluation day in the patient's zone
     * @param days the practice's setting: how long after the start the rule applies
     * @param baseline the plan's baseline PHQ-9, if any
     * @param newest the newest PHQ-9, if any
     * @param writtenAfter the last resolution of the type with nothing of it open (null: none): only
     *     a newest PHQ-9 entered after it counts
     */
    public Optional<Evidence> evaluate(
            LocalDate startDay,
            LocalDate today,
            int days,
            Optional<ScreenerResponse> baseline,
            Optional<ScreenerResponse> newest,
            Instant writtenAfter) {
        if (ChronoUnit.DAYS.between(startDay, today) < days || baseline.isEmpty() || newest.isEmpty()) {
            return Optional.empty();
        }
        ScreenerResponse base = baseline.get();
        ScreenerResponse last = newest.get();
        if (base.total() <= BASELINE_ABOVE || 2 * last.total() <= base.total()) {
            return Optional.empty();
        }
        if (writtenAfter != null && !last.submittedAt().isAfter(writtenAfter)) {
            return Optional.empty();
        }
        boolean followUp = !base.id().equals(last.id());
        String scores = "PHQ-9 " + base.total() + " on " + Wording.day(base.administeredOn()) + " (plan baseline)"
                + (followUp ? " → " + last.total() + " on " + Wording.day(last.administeredOn()) : ", no PHQ-9 since");
        EvidenceMessage message = followUp
                ? EvidenceMessage.of(
                        "evidence.notImproving",
                        new Count(base.total()),
                        new Day(base.administeredOn()),
                        new Count(last.total()),
                        new Day(last.administeredOn()),
                        new Count(days),
                        new Day(startDay))
                : EvidenceMessage.of(
                        "evidence.notImproving.noFollowUp",
                        new Count(base.total()),
                        new Day(base.administeredOn()),
                        new Count(days),
                        new Day(startDay));
        return Optional.of(new Evidence(
                message,
                scores + ", " + days + " days or more after the plan started on " + Wording.day(startDay)
                        + ": less than a 50 % reduction — review the plan",
                base.administeredOn(),
                followUp ? last.administeredOn() : today,
                followUp ? List.of(base.id(), last.id()) : List.of(base.id())));
    }
}
