package org.thaw.flag.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.thaw.flag.boundary.EvidenceSource;
import org.thaw.flag.boundary.FlagStatus;
import org.thaw.flag.boundary.FlagType;
import org.thaw.flag.boundary.Severity;
import org.thaw.flag.entity.Evidence;
import org.thaw.flag.entity.Flag;
import org.thaw.flag.entity.FlagEvidence;
import org.thaw.journal.control.JournalStore;
import org.thaw.medication.control.CourseFact;
import org.thaw.medication.control.MedicationStore;
import org.thaw.plan.control.PlanBaseline;
import org.thaw.plan.control.PlanStore;
import org.thaw.platform.Queries;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.screener.entity.SafetyAnswer;
import org.thaw.screener.entity.ScreenerResponse;

/**
 * Evaluates the rules when a fact arrives and applies the flag lifecycle: open a flag, or add
 * evidence to the open one of its type (never a duplicate), settle severity; never resolve.
 *
 * <p>Runs inside the caller's transaction (the journal save, the response's storing, or the safety
 * answer's own transaction): the window reads are bounded by the widest rule window whatever the
 * length of the history, and a failure fails the save, so no flag is ever lost silently.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class FlagEngine {

    private static final List<JournalRule> JOURNAL_RULES =
            List.of(new PersistentNumbnessRule(), new FunctionalImpactRule(), new HopelessnessRule());

    /** SAFETY is not among them: {@link #safetyAnswered} has run and committed before a response is stored. */
    private static final List<ScreenerRule> SCREENER_RULES =
            List.of(new WorseningRule(), new Phq9HopelessnessRule(), new Phq9DifficultyRule());

    private static final MedicationOnsetRule ONSET = new MedicationOnsetRule();

    private static final NotImprovingRule NOT_IMPROVING = new NotImprovingRule();

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Inject
    FlagSettings settings;

    @Inject
    ScreenerStore screeners;

    @Inject
    JournalStore journal;

    @Inject
    MedicationStore medications;

    @Inject
    PlanStore plans;

    @Inject
    Clock clock;

    /**
     * A journal entry for {@code day} was written or edited by the patient. The windows ending on
     * that day are evaluated, and, for an edit of an earlier day, those ending today too.
     */
    public void journalWritten(UUID patientId, LocalDate day, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        journal(patientId, day, day.isBefore(today) ? List.of(day, today) : List.of(day), today, zone);
    }

    /**
     * A clinician typed in (or corrected) the entry for an earlier {@code day} from the patient's
     * paper diary. It is evaluated as of its own day: every window that holds it, and today's
     * ({@link BackDated#touched}); a window ending more than {@value BackDated#OPENS_WITHIN_DAYS}
     * days ago only adds to an active flag, and a resolved type opens again only on entries both
     * written and dated after the resolution ({@link Resolution}).
     */
    public void journalEnteredFromPaper(UUID patientId, LocalDate day, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        FlagThresholds t = settings.thresholds();
        int widest = JOURNAL_RULES.stream().mapToInt(r -> r.windowDays(t)).max().orElse(1);
        journal(patientId, day, BackDated.touched(day, widest, today), today, zone);
    }

    /**
     * Evaluates the journal rules for the windows ending on {@code days} (oldest first) that hold
     * the entry of {@code day}, then MEDICATION_ONSET for the same days. A window may open a flag
     * only if it ends within {@value BackDated#OPENS_WITHIN_DAYS} days of today.
     */
    private void journal(UUID patientId, LocalDate day, List<LocalDate> days, LocalDate today, ZoneId zone) {
        FlagThresholds t = settings.thresholds();
        int widest = JOURNAL_RULES.stream().mapToInt(r -> r.windowDays(t)).max().orElse(1);
        List<JournalFact> facts = facts(patientId, days.get(0).minusDays(widest - 1L), days.get(days.size() - 1));
        Instant now = clock.instant();
        // the patient's active flags and last resolutions, in one query for every rule
        Map<FlagType, Flag> activeFlags = new EnumMap<>(FlagType.class);
        Map<FlagType, Instant> resolutions = new EnumMap<>(FlagType.class);
        standing(patientId, activeFlags, resolutions);
        for (JournalRule rule : JOURNAL_RULES) {
            Optional<Flag> active = Optional.ofNullable(activeFlags.get(rule.type()));
            Resolution resolved = active.isPresent() ? null : Resolution.of(resolutions.get(rule.type()), zone);
            for (LocalDate d : days) {
                if (!BackDated.holds(d, rule.windowDays(t), day)
                        || (active.isEmpty() && !BackDated.mayOpen(d, today))) {
                    continue;
                }
                Optional<Evidence> evidence = JournalRule.window(facts, d, rule.windowDays(t), resolved)
                        .flatMap(window -> rule.evaluate(window, d.minusDays(rule.windowDays(t) - 1L), d, t))
                        .map(found -> found.from(EvidenceSource.JOURNAL));
                if (evidence.isPresent()) {
                    active = Optional.of(apply(patientId, rule.type(), rule.severity(), active, evidence.get(), now));
                    activeFlags.put(rule.type(), active.get());
                }
            }
        }
        onset(patientId, days, today, zone, t, now);
        // the journal rules' flags are all in the map, as this evaluation left them
        settle(activeFlags);
    }

    /**
     * A course was recorded or corrected, or its dose changed (in this transaction): MEDICATION_ONSET
     * is evaluated for the window ending today, so numbness already written after a course event
     * that was recorded late is seen now. A course entered in error is gone from the facts: it opens
     * nothing, and, as ever, the engine closes nothing.
     */
    public void medicationChanged(UUID patientId, ZoneId zone) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        onset(patientId, List.of(today), today, zone, settings.thresholds(), clock.instant());
    }

    /**
     * A side-effect report was stored (in this transaction): blunting at or above the threshold,
     * about an antidepressant course active that day, opens MEDICATION_ONSET or adds to it.
     */
    public void sideEffectReported(UUID patientId, BluntingReport report) {
        Optional<Evidence> evidence = ONSET.reported(report, medications.facts(patientId), settings.onsetThresholds());
        if (evidence.isPresent()) {
            apply(
                    patientId,
                    MedicationOnsetRule.TYPE,
                    MedicationOnsetRule.SEVERITY,
                    active(patientId, MedicationOnsetRule.TYPE),
                    evidence.get().from(EvidenceSource.MEDICATION),
                    clock.instant());
        }
    }

    /**
     * MEDICATION_ONSET's (a) and (b) for the windows ending on {@code days}: nothing is read beyond
     * the patient's courses unless one of them has a course event. A window ending more than
     * {@value BackDated#OPENS_WITHIN_DAYS} days before {@code today} only adds to an active flag.
     */
    private void onset(
            UUID patientId, List<LocalDate> days, LocalDate today, ZoneId zone, FlagThresholds t, Instant now) {
        List<CourseFact> courses = medications.facts(patientId);
        if (courses.stream().allMatch(c -> c.events().isEmpty())) {
            return;
        }
        OnsetThresholds m = settings.onsetThresholds();
        List<JournalFact> facts = facts(
                patientId,
                days.get(0).minusDays(MedicationOnsetRule.journalDays(t, m) - 1L),
                days.get(days.size() - 1));
        Optional<Flag> active = active(patientId, MedicationOnsetRule.TYPE);
        Resolution resolved =
                active.isPresent() ? null : Resolution.of(lastResolvedAt(patientId, MedicationOnsetRule.TYPE), zone);
        for (LocalDate d : days) {
            if (active.isEmpty() && !BackDated.mayOpen(d, today)) {
                continue;
            }
            for (Evidence evidence : ONSET.evaluate(facts, courses, d, t, m, resolved)) {
                active = Optional.of(apply(
                        patientId,
                        MedicationOnsetRule.TYPE,
                        MedicationOnsetRule.SEVERITY,
                        active,
                        evidence.from(EvidenceSource.MEDICATION),
                        now));
            }
        }
    }

    /**
     * A safety answer was recorded (in this transaction, which the caller commits on its own before
     * anything else of the submission): it opens the URGENT SAFETY flag, or adds to the active one.
     * A new answer on an ACKNOWLEDGED flag opens it again, so it needs acknowledging again: a new
     * risk answer after the team started handling the last one must not pass silently. After a
     * resolution a new answer opens a new flag (the answer is always newer than the resolution).
     */
    public Flag safetyAnswered(SafetyAnswer answer) {
        Optional<Flag> active = active(answer.patientId(), SafetyRule.TYPE);
        Instant now = clock.instant();
        Flag flag = apply(
                answer.patientId(),
                SafetyRule.TYPE,
                SafetyRule.SEVERITY,
                active,
                SafetyRule.evidence(answer).from(EvidenceSource.SCREENER),
                now);
        flag.raiseTo(SafetyRule.SEVERITY);
        if (active.isPresent()) {
            flag.reopen(now);
        }
        return flag;
    }

    /**
     * A screener result was stored (in this transaction). Every screener rule is evaluated over the
     * result and its instrument's first and newest results: WORSENING, and the PHQ-9 parts of
     * HOPELESSNESS and FUNCTIONAL_IMPACT. SAFETY is not evaluated here: the safety answer was
     * recorded, and its flag committed, before the response was scored ({@link #safetyAnswered}).
     */
    public void screenerAnswered(ScreenerResponse arrived, ZoneId zone) {
        ScreenerThresholds t = settings.screenerThresholds();
        ScreenerFacts facts = new ScreenerFacts(
                arrived,
                screeners.first(arrived.patientId(), arrived.instrument()),
                screeners.newest(arrived.patientId(), arrived.instrument()),
                LocalDate.now(clock.withZone(zone)),
                null);
        Instant now = clock.instant();
        for (ScreenerRule rule : SCREENER_RULES) {
            Optional<Flag> active = active(arrived.patientId(), rule.type());
            ScreenerFacts seen =
                    active.isPresent() ? facts : facts.after(lastResolvedAt(arrived.patientId(), rule.type()));
            Optional<Evidence> evidence = rule.evaluate(seen, t).map(found -> found.from(EvidenceSource.SCREENER));
            if (evidence.isPresent()) {
                apply(arrived.patientId(), rule.type(), rule.severity(), active, evidence.get(), now);
            }
        }
        if (Phq9.CODE.equals(arrived.instrument())) {
            notImproving(arrived.patientId(), zone);
        }
        settleSeverities(arrived.patientId());
    }

    /**
     * NOT_IMPROVING for the patient as of today (their zone): on each PHQ-9 and daily by the timer
     * ({@link NotImprovingCheck}). Nothing is read beyond the plan's start unless the patient has a
     * plan; then three index probes of their PHQ-9 results. True when a flag was opened or added to.
     */
    public boolean notImproving(UUID patientId, ZoneId zone) {
        Optional<Instant> started = plans.startedAt(patientId);
        if (started.isEmpty()) {
            return false;
        }
        LocalDate startDay = LocalDate.ofInstant(started.get(), zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int days = settings.notImprovingDays();
        if (today.isBefore(startDay.plusDays(days))) {
            return false;
        }
        Optional<ScreenerResponse> baseline = PlanBaseline.of(
                screeners.newestBetween(
                        patientId, Phq9.CODE, PlanBaseline.windowStart(startDay), PlanBaseline.windowEnd(startDay)),
                screeners.firstAfter(patientId, Phq9.CODE, PlanBaseline.windowEnd(startDay)));
        Optional<Flag> active = active(patientId, NotImprovingRule.TYPE);
        Instant resolvedAt = active.isPresent() ? null : lastResolvedAt(patientId, NotImprovingRule.TYPE);
        Optional<Evidence> evidence = NOT_IMPROVING.evaluate(
                startDay, today, days, baseline, screeners.newest(patientId, Phq9.CODE), resolvedAt);
        evidence.ifPresent(e -> apply(
                patientId,
                NotImprovingRule.TYPE,
                NotImprovingRule.SEVERITY,
                active,
                e.from(EvidenceSource.SCREENER),
                clock.instant()));
        return evidence.isPresent();
    }

    /**
     * PERSISTENT_NUMBNESS is URGENT while HOPELESSNESS is open or acknowledged for the same
     * patient, HIGH otherwise.
     */
    public void settleSeverities(UUID patientId) {
        settle(activeFlags(patientId));
    }

    private static void settle(Map<FlagType, Flag> active) {
        Flag numbness = active.get(FlagType.PERSISTENT_NUMBNESS);
        if (numbness != null) {
            numbness.settle(active.containsKey(FlagType.HOPELESSNESS) ? Severity.URGENT : Severity.HIGH);
        }
    }

    /** The patient's open or acknowledged flags by type (at most one of each), in one query. */
    private Map<FlagType, Flag> activeFlags(UUID patientId) {
        Map<FlagType, Flag> active = new EnumMap<>(FlagType.class);
        em.createNamedQuery(Flag.ACTIVE, Flag.class)
                .setParameter("patientId", patientId)
                .setParameter("resolved", FlagStatus.RESOLVED)
                .getResultList()
                .forEach(f -> active.put(f.type(), f));
        return active;
    }

    /**
     * Fills {@code active} with the patient's open or acknowledged flags by type (at most one of
     * each) and {@code resolved} with when each type's last flag was resolved (a type never resolved
     * is absent), both from one query.
     */
    private void standing(UUID patientId, Map<FlagType, Flag> active, Map<FlagType, Instant> resolved) {
        for (Flag f : em.createNamedQuery(Flag.STANDING, Flag.class)
                .setParameter("patientId", patientId)
                .setParameter("resolved", FlagStatus.RESOLVED)
                .getResultList()) {
            if (f.status() != FlagStatus.RESOLVED) {
                active.put(f.type(), f);
            } else {
                // only the last resolved flag of each type is selected (or several resolved at that instant)
                resolved.put(f.type(), f.resolvedAt());
            }
        }
    }

    private Flag apply(
            UUID patientId, FlagType type, Severity severity, Optional<Flag> active, Evidence evidence, Instant now) {
        if (active.isPresent()) {
            Flag flag = active.get();
            // one indexed count instead of loading every evidence row the flag gathered so far
            long repeats = em.createQuery(
                            "select count(e) from FlagEvidence e where e.flag = :flag"
                                    + " and e.summary = :summary and e.refs = :refs",
                            Long.class)
                    .setParameter("flag", flag)
                    .setParameter("summary", evidence.summary())
                    .setParameter("refs", FlagEvidence.refsOf(evidence.refs()))
                    .getSingleResult();
            if (repeats == 0) {
                em.persist(flag.newEvidence(evidence, now));
            }
            return flag;
        }
        Flag flag = Flag.open(patientId, type, severity, now, evidence);
        em.persist(flag);
        em.flush();
        return flag;
    }

    Optional<Flag> active(UUID patientId, FlagType type) {
        return Queries.first(em.createNamedQuery(Flag.ACTIVE_OF_TYPE, Flag.class)
                .setParameter("patientId", patientId)
                .setParameter("type", type)
                .setParameter("resolved", FlagStatus.RESOLVED));
    }

    /** Every flag of a patient, newest first (what the timeline reads of flags). */
    public List<Flag> ofPatient(UUID patientId) {
        return em.createNamedQuery(Flag.OF_PATIENT, Flag.class)
                .setParameter("patientId", patientId)
                .getResultList();
    }

    /** True when the flag exists and is the patient's (what a chart task may be linked to). */
    public boolean isOfPatient(UUID flagId, UUID patientId) {
        Flag flag = em.find(Flag.class, flagId);
        return flag != null && flag.patientId().equals(patientId);
    }

    Instant lastResolvedAt(UUID patientId, FlagType type) {
        return em.createNamedQuery(Flag.LAST_RESOLVED_AT, Instant.class)
                .setParameter("patientId", patientId)
                .setParameter("type", type)
                .getSingleResult();
    }

    /** The entries of a bounded date range (by the (patient, day) index), oldest first. */
    List<JournalFact> facts(UUID patientId, LocalDate from, LocalDate to) {
        return journal.facts(patientId, from, to).stream()
                .map(e -> new JournalFact(
                        e.id(), e.date(), e.numbness(), e.hopeless(), e.functioningImpact(), e.createdAt()))
                .toList();
    }
}
