package org.thaw.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.control.Patients;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * A clinician's caseload: the patients of their care team, never anyone else's. Paging and
 * sorting happen in the database; the caseload is never loaded whole.
 */
@ApplicationScoped
@Transactional
public class Caseload {

    @Inject
    Caller caller;

    @Inject
    PracticeSettings settings;

    @Inject
    Patients patients;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /** One page of the calling clinician's patients, in the order asked, without a flag filter. */
    @Audited(action = AuditAction.LIST, recordType = "caseload")
    public Page<CaseloadRow> page(PageRequest request, CaseloadSort sort, boolean descending) {
        return page(request, CaseloadFilter.NONE, sort, descending);
    }

    /**
     * One page of the calling clinician's patients with their flags and their journal at a
     * glance. A day is counted in each patient's own time zone.
     */
    @Audited(action = AuditAction.LIST, recordType = "caseload")
    public Page<CaseloadRow> page(PageRequest request, CaseloadFilter filter, CaseloadSort sort, boolean descending) {
        caller.require(Role.CLINICIAN);
        return new CaseloadQuery(em)
                .page(
                        caller.username(),
                        clock.instant(),
                        settings.timeZone(),
                        request,
                        filter == null ? CaseloadFilter.NONE : filter,
                        sort,
                        descending);
    }

    /** How many patients the calling clinician's caseload holds under the filter. */
    @Audited(action = AuditAction.LIST, recordType = "caseload")
    public long count(CaseloadFilter filter) {
        caller.require(Role.CLINICIAN);
        return new CaseloadQuery(em)
                .count(
                        caller.username(),
                        clock.instant(),
                        settings.timeZone(),
                        filter == null ? CaseloadFilter.NONE : filter);
    }

    /**
     * Every patient of the calling clinician's caseload as a picker lists them (to write to one):
     * id and name only, by last name, then first name. One statement, however large the caseload.
     */
    @Audited(action = AuditAction.LIST, recordType = "caseload")
    public List<PatientChoice> choices() {
        caller.require(Role.CLINICIAN);
        return patients.onCareTeamOf(caller.username()).stream()
                .map(p -> new PatientChoice(p.id(), p.displayName()))
                .toList();
    }

    /** How many patients the calling clinician's caseload holds. */
    @Audited(action = AuditAction.LIST, recordType = "caseload")
    public long count() {
        return count(CaseloadFilter.NONE);
    }
}
