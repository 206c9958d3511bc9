package org.thaw.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.CareTeamMember;
import org.thaw.patient.entity.Clinician;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.InvalidInputException.FieldError;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/**
 * Care teams: the practice admin lists every patient's team, reads one with its history and
 * replaces it; a clinician reads the team of a patient on their own care team (to hand a thread to
 * a colleague). The admin sees names and assignments only: nothing here reads the chart, and being
 * the admin opens no chart (the clinical boundaries require the clinician role and an assignment).
 *
 * <p>Replacing a team ends the assignments that are not kept (their rows stay, with {@code
 * ended_at}) and inserts the new ones; an assignment kept with the same role is left as it is, so
 * the history says only what changed. The app role may not delete assignments (V1's grants).
 */
@ApplicationScoped
@Transactional
public class CareTeams {

    /** More would be no team anyone can keep track of; the limit keeps a request small. */
    public static final int MAX_MEMBERS = 20;

    static final String MEMBERS = "members";

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @Inject
    Patients patients;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /** Every patient with their active team and its history, by last name (admin). */
    @Audited(action = AuditAction.LIST, recordType = "care_team")
    public List<CareTeamView> all() {
        caller.require(Role.ADMIN);
        Map<UUID, List<CareTeamMember>> byPatient = new HashMap<>();
        for (CareTeamMember m :
                em.createNamedQuery(CareTeamMember.ALL, CareTeamMember.class).getResultList()) {
            byPatient.computeIfAbsent(m.patient().id(), id -> new ArrayList<>()).add(m);
        }
        return em.createNamedQuery(Patient.ALL, Patient.class)
                .getResultStream()
                .map(p -> view(p, byPatient.getOrDefault(p.id(), List.of())))
                .toList();
    }

    /** One patient's team and its history (admin); an unknown patient is "not found". */
    @Audited(action = AuditAction.READ, recordType = "care_team")
    public CareTeamView ofPatient(UUID patientId) {
        caller.require(Role.ADMIN);
        Patient patient = existing(patientId, LockModeType.NONE);
        return view(patient, assignments(patient.id()));
    }

    /**
     * Replaces the patient's active team with {@code members} (admin): exactly one PRIMARY, each
     * clinician once. A refusal names every bad field ({@code members[1].role}) and changes nothing.
     */
    @Audited(action = AuditAction.UPDATE, recordType = "care_team")
    public CareTeamView replace(UUID patientId, List<MemberInput> members) {
        caller.require(Role.ADMIN);
        // the patient's row is locked, so two admins saving the same team at once save one after the other
        Patient patient = existing(patientId, LockModeType.PESSIMISTIC_WRITE);
        Map<String, CareTeamRole> wanted = new LinkedHashMap<>();
        Map<String, Clinician> clinicians = checked(members, wanted);

        Instant now = clock.instant();
        List<CareTeamMember> current = assignments(patient.id());
        boolean ended = false;
        for (CareTeamMember m : current) {
            if (!m.isActive()) {
                continue;
            }
            String username = m.clinician().username();
            if (wanted.get(username) == m.role()) {
                wanted.remove(username);
            } else {
                m.end(now);
                ended = true;
            }
        }
        if (ended) {
            // the ends reach the database before the inserts: one active PRIMARY, one row per clinician
            em.flush();
        }
        wanted.forEach(
                (username, role) -> em.persist(new CareTeamMember(patient, clinicians.get(username), role, now)));
        em.flush();
        return view(patient, assignments(patient.id()));
    }

    /** Every clinician of the practice, for the admin's pick lists. Names only, nothing clinical. */
    public List<ClinicianChoice> clinicians() {
        caller.require(Role.ADMIN);
        return em.createNamedQuery(Clinician.ALL, Clinician.class)
                .getResultStream()
                .map(c -> new ClinicianChoice(c.username(), c.displayName()))
                .toList();
    }

    /** Every patient by name, for the admin's pick lists (the audit log's filter). Names only. */
    @Audited(action = AuditAction.LIST, recordType = "patient")
    public List<PatientChoice> patients() {
        caller.require(Role.ADMIN);
        return em.createNamedQuery(Patient.ALL, Patient.class)
                .getResultStream()
                .map(p -> new PatientChoice(p.id(), p.displayName()))
                .toList();
    }

    /**
     * The active team of a patient on the caller's own care team (clinician), the PRIMARY first;
     * another team's patient is "not found".
     */
    @Audited(action = AuditAction.READ, recordType = "care_team")
    public List<TeamMember> teamOf(UUID patientId) {
        caller.require(Role.CLINICIAN);
        // like every clinical boundary, a refusal names no patient: only a team the caller may read is named
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id()).record(patient.id());
        return view(patient, assignments(patient.id())).active();
    }

    private Patient existing(UUID patientId, LockModeType lock) {
        Patient patient = patientId == null ? null : em.find(Patient.class, patientId, lock);
        if (patient == null) {
            throw new RecordNotFoundException("patient");
        }
        audit.concerns(patient.id()).record(patient.id());
        return patient;
    }

    /** Checks every member at once, filling {@code wanted}; the clinicians found, by username. */
    private Map<String, Clinician> checked(List<MemberInput> members, Map<String, CareTeamRole> wanted) {
        if (members == null || members.isEmpty()) {
            throw new InvalidInputException(
                    MEMBERS, "must name at least one clinician, exactly one of them with the role PRIMARY");
        }
        if (members.size() > MAX_MEMBERS) {
            throw new InvalidInputException(MEMBERS, "may name at most " + MAX_MEMBERS + " clinicians");
        }
        List<FieldError> errors = new ArrayList<>();
        Map<String, Clinician> found = new HashMap<>();
        int primaries = 0;
        for (int i = 0; i < members.size(); i++) {
            String field = MEMBERS + "[" + i + "]";
            MemberInput member = members.get(i);
            if (member == null) {
                errors.add(new FieldError(field, "must be a clinician with a role"));
                continue;
            }
            CareTeamRole role = role(member.role());
            if (role == null) {
                errors.add(new FieldError(field + ".role", "must be PRIMARY or COVERING"));
            } else if (role == CareTeamRole.PRIMARY) {
                primaries++;
            }
            String username =
                    member.clinician() == null ? "" : member.clinician().strip();
            Optional<Clinician> clinician =
                    username.isEmpty() || username.length() > 255 ? Optional.empty() : patients.clinician(username);
            if (clinician.isEmpty()) {
                errors.add(new FieldError(
                        field + ".clinician",
                        username.isEmpty()
                                ? "is required: a clinician's username"
                                : "is not a clinician of the practice"));
            } else if (found.containsKey(username)) {
                errors.add(new FieldError(field + ".clinician", "names a clinician already on the team"));
            } else {
                found.put(username, clinician.get());
                if (role != null) {
                    wanted.put(username, role);
                }
            }
        }
        if (primaries != 1 && errors.stream().noneMatch(e -> e.field().endsWith(".role"))) {
            errors.add(new FieldError(MEMBERS, "must have exactly one PRIMARY (has " + primaries + ")"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return found;
    }

    private static CareTeamRole role(String name) {
        if (name == null) {
            return null;
        }
        try {
            return CareTeamRole.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private List<CareTeamMember> assignments(UUID patientId) {
        return em.createNamedQuery(CareTeamMember.OF_PATIENT, CareTeamMember.class)
                .setParameter("patientId", patientId)
                .getResultList();
    }

    private static CareTeamView view(Patient patient, List<CareTeamMember> assignments) {
        List<TeamMember> active = assignments.stream()
                .filter(CareTeamMember::isActive)
                .sorted(Comparator.comparing((CareTeamMember m) -> m.role().ordinal())
                        .thenComparing(m -> m.clinician().displayName())
                        .thenComparing(m -> m.clinician().username()))
                .map(CareTeams::member)
                .toList();
        List<TeamMember> history = assignments.stream()
                .filter(m -> !m.isActive())
                .sorted(Comparator.comparing(CareTeamMember::endedAt).reversed())
                .map(CareTeams::member)
                .toList();
        return new CareTeamView(patient.id(), patient.displayName(), active, history);
    }

    private static TeamMember member(CareTeamMember m) {
        return new TeamMember(
                m.clinician().username(), m.clinician().displayName(), m.role(), m.assignedAt(), m.endedAt());
    }
}
