package org.thaw.flag.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.FlagEngine;
import org.thaw.flag.entity.Flag;
import org.thaw.patient.control.Patients;
import org.thaw.patient.entity.Patient;
import org.thaw.platform.Inputs;
import org.thaw.platform.InvalidInputException;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.RecordNotFoundException;
import org.thaw.security.boundary.Role;

/** Flags as the care team works them: read, acknowledge, resolve with a note. */
@ApplicationScoped
@Transactional
public class Flags {

    @Inject
    Caller caller;

    @Inject
    Inputs inputs;

    @Inject
    Patients patients;

    @Inject
    FlagEngine engine;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /** Every flag of a care-team patient, newest first, with evidence. */
    @Audited(action = AuditAction.LIST, recordType = "flag")
    public List<FlagView> ofPatient(UUID patientId) {
        caller.require(Role.CLINICIAN);
        Patient patient = patients.visibleToClinician(caller.username(), patientId);
        audit.concerns(patient.id());
        Map<String, String> names = new HashMap<>();
        return em
                .createNamedQuery(Flag.OF_PATIENT, Flag.class)
                .setParameter("patientId", patient.id())
                .getResultList()
                .stream()
                .map(f -> FlagView.of(f, username -> names.computeIfAbsent(username, patients::clinicianName)))
                .toList();
    }

    /** Marks a flag seen and being handled. Acknowledging twice changes nothing. */
    @Audited(action = AuditAction.UPDATE, recordType = "flag")
    public FlagView acknowledge(UUID flagId) {
        Flag flag = visible(flagId);
        flag.acknowledge(caller.username(), clock.instant());
        return FlagView.of(flag, patients::clinicianName);
    }

    /** Resolves a flag with the clinician's note (required). Only a clinician ever resolves. */
    @Audited(action = AuditAction.UPDATE, recordType = "flag")
    public FlagView resolve(UUID flagId, String note) {
        inputs.check("note", new Resolution(note));
        Flag flag = visible(flagId);
        if (flag.status() == FlagStatus.RESOLVED) {
            throw new InvalidInputException("status", "this flag is already resolved");
        }
        flag.resolve(caller.username(), clock.instant(), note.strip());
        em.flush();
        engine.settleSeverities(flag.patientId());
        return FlagView.of(flag, patients::clinicianName);
    }

    /** What resolving takes: a note saying what was done. */
    record Resolution(
            @NotBlank(message = "is required to resolve a flag: say what was done")
            @Size(max = 2000, message = "must be at most 2,000 characters")
            String note) {}

    /** The flag, if its patient is on the caller's care team; otherwise "not found". */
    private Flag visible(UUID flagId) {
        caller.require(Role.CLINICIAN);
        Flag flag = flagId == null ? null : em.find(Flag.class, flagId);
        if (flag == null) {
            throw new RecordNotFoundException("flag");
        }
        audit.concerns(flag.patientId()).record(flag.id());
        patients.visibleToClinician(caller.username(), flag.patientId());
        return flag;
    }
}
