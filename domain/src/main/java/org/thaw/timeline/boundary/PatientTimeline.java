package org.thaw.timeline.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.FlagEngine;
import org.thaw.flag.entity.Flag;
import org.thaw.journal.control.JournalDays;
import org.thaw.journal.control.JournalStore;
import org.thaw.journal.entity.JournalEntry;
import org.thaw.medication.control.MedicationStore;
import org.thaw.medication.entity.CourseValues;
import org.thaw.medication.entity.DoseChange;
import org.thaw.medication.entity.MedicationCourse;
import org.thaw.medication.entity.SideEffectReport;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.screener.control.ScreenerStore;
import org.thaw.screener.entity.ScreenerResponse;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * A care-team patient's timeline: journal numbness, screener totals, medication course starts,
 * dose changes and stops, side-effect reports, and flags opened and resolved, as one list of
 * {@link TimelineEvent}s in date order. A course entered in error is not on it. Anyone else's
 * patient is "not found".
 */
@ApplicationScoped
@Transactional
public class PatientTimeline {

    /** The days the timeline covers when no range is given, today included. */
    public static final int DEFAULT_DAYS = 90;

    @Inject
    Caller caller;

    @Inject
    Patients patients;

    @Inject
    PracticeSettings settings;

    @Inject
    JournalStore journal;

    @Inject
    ScreenerStore screeners;

    @Inject
    MedicationStore medications;

    @Inject
    FlagEngine flags;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /**
     * The events from {@code from} to {@code to} (both included, days in the patient's zone), in
     * {@link TimelineEvent#ORDER}. Without {@code to}, up to today; without {@code from}, the
     * {@value #DEFAULT_DAYS} days up to {@code to}. Refused: {@code from} after {@code to} (naming
     * {@code from}), a range of more than 366 days (naming {@code to}).
     */
    @Audited(action = AuditAction.LIST, recordType = "timeline")
    public List<TimelineEvent> between(UUID patientId, LocalDate from, LocalDate to) {
        caller.require(Role.CLINICIAN);
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id());
        ZoneId zone = patient.zone(settings::timeZone);
        LocalDate end = to == null ? JournalDays.today(clock, zone) : to;
        LocalDate start = from == null ? end.minusDays(DEFAULT_DAYS - 1L) : from;
        JournalDays.requireWindow(start, end);

        List<TimelineEvent> events = new ArrayList<>();
        for (JournalEntry e : journal.between(patient.id(), start, end)) {
            events.add(TimelineEvent.journal(
                    e.id(), e.entryDate(), e.numbness(), e.checkIn().medicationAffectsFeeling(), e.enteredByName()));
        }
        for (ScreenerResponse r : screeners.history(patient.id())) {
            if (within(r.administeredOn(), start, end)) {
                events.add(TimelineEvent.screener(
                        r.id(),
                        r.administeredOn(),
                        r.submittedAt(),
                        r.instrument(),
                        r.total(),
                        r.band(),
                        r.enteredBy()));
            }
        }
        medications(patient.id(), start, end, zone, events);
        for (Flag f : flags.ofPatient(patient.id())) {
            LocalDate opened = day(f.openedAt(), zone);
            if (within(opened, start, end)) {
                events.add(TimelineEvent.flag(
                        TimelineEventType.FLAG_OPENED, f.id(), opened, f.openedAt(), f.type(), f.severity(), null));
            }
            LocalDate resolved = day(f.resolvedAt(), zone);
            if (within(resolved, start, end)) {
                events.add(TimelineEvent.flag(
                        TimelineEventType.FLAG_RESOLVED,
                        f.id(),
                        resolved,
                        f.resolvedAt(),
                        f.type(),
                        f.severity(),
                        f.resolvedBy()));
            }
        }
        events.sort(TimelineEvent.ORDER);
        return List.copyOf(events);
    }

    private void medications(UUID patientId, LocalDate start, LocalDate end, ZoneId zone, List<TimelineEvent> events) {
        List<MedicationCourse> courses = medications.coursesOf(patientId).stream()
                .filter(c -> !c.isEnteredInError())
                .toList();
        Map<UUID, List<DoseChange>> changes = medications.doseChanges(
                courses.stream().map(MedicationCourse::id).toList());
        for (MedicationCourse c : courses) {
            CourseValues v = c.values();
            if (within(v.startedOn(), start, end)) {
                events.add(TimelineEvent.course(
                        TimelineEventType.COURSE_START,
                        c.id(),
                        v.startedOn(),
                        c.id(),
                        v.name(),
                        plain(v.dose()),
                        v.unit().code(),
                        v.frequency().code()));
            }
            for (DoseChange d : changes.getOrDefault(c.id(), List.of())) {
                if (within(d.changedOn(), start, end)) {
                    events.add(TimelineEvent.course(
                            TimelineEventType.DOSE_CHANGE,
                            d.id(),
                            d.changedOn(),
                            c.id(),
                            v.name(),
                            plain(d.dose()),
                            d.unit().code(),
                            d.frequency().code()));
                }
            }
            if (within(v.stoppedOn(), start, end)) {
                events.add(TimelineEvent.course(
                        TimelineEventType.COURSE_STOP, c.id(), v.stoppedOn(), c.id(), v.name(), null, null, null));
            }
        }
        Map<UUID, String> names = new HashMap<>();
        courses.forEach(c -> names.put(c.id(), c.values().name()));
        for (SideEffectReport r : medications.reportsOf(patientId)) {
            if (within(r.reportedOn(), start, end)) {
                events.add(TimelineEvent.sideEffect(
                        r.id(),
                        r.reportedOn(),
                        r.reportedAt(),
                        r.courseId(),
                        r.courseId() == null ? null : names.get(r.courseId()),
                        r.blunting(),
                        r.effects()));
            }
        }
    }

    private static boolean within(LocalDate day, LocalDate start, LocalDate end) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at == null ? null : LocalDate.ofInstant(at, zone);
    }

    /** A dose as it reads: 50, not 50.000. */
    private static BigDecimal plain(BigDecimal dose) {
        BigDecimal stripped = dose.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
