package org.thaw.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/** A clinician's caseload: the patients of their care team, and never anyone else's. */
@ApplicationScoped
@Transactional
public class Caseload {

    @Inject
    Caller caller;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /** The calling clinician's patients (active assignments), ordered by last then first name. */
    @Audited(action = AuditAction.LIST, recordType = "caseload")
    public List<CaseloadPatient> patients() {
        caller.require(Role.CLINICIAN);
        return em.createQuery(
                        "select new org.thaw.patient.boundary.CaseloadPatient("
                                + "p.id, p.firstName, p.lastName, m.role)"
                                + " from CareTeamMember m join m.patient p join m.clinician c"
                                + " where c.username = :username and m.endedAt is null"
                                + " order by p.lastName, p.firstName, p.id",
                        CaseloadPatient.class)
                .setParameter("username", caller.username())
                .getResultList();
    }
}
