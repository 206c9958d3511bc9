package org.thaw.patient.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.patient.entity.CareTeamRole;
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

    private static final String FROM = " from care_team_member m"
            + " join clinician c on c.id = m.clinician_id"
            + " join patient p on p.id = m.patient_id"
            + " where c.username = :username and m.ended_at is null";

    @Inject
    Caller caller;

    @Inject
    PracticeSettings settings;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /**
     * One page of the calling clinician's patients with their journal at a glance. A day is
     * counted in each patient's own time zone.
     */
    @Audited(action = AuditAction.LIST, recordType = "caseload")
    public Page<CaseloadRow> page(PageRequest request, CaseloadSort sort, boolean descending) {
        caller.require(Role.CLINICIAN);
        String username = caller.username();
        long total = ((Number) em.createNativeQuery("select count(*)" + FROM)
                        .setParameter("username", username)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select p.id, p.first_name, p.last_name, m.role, last.entry_date, last.numbness, week.mean"
                                + " from care_team_member m"
                                + " join clinician c on c.id = m.clinician_id"
                                + " join patient p on p.id = m.patient_id"
                                + " left join lateral (select e.entry_date, e.numbness from journal_entry e"
                                + "   where e.patient_id = p.id order by e.entry_date desc limit 1) last on true"
                                + " left join lateral (select avg(e.numbness) as mean from journal_entry e"
                                + "   where e.patient_id = p.id"
                                + "   and e.entry_date > coalesce(local_today(p.time_zone), :today) - 7) week on true"
                                + " where c.username = :username and m.ended_at is null"
                                + " order by " + (sort == null ? CaseloadSort.NAME : sort).orderBy(descending))
                .setParameter("username", username)
                .setParameter("today", LocalDate.now(clock.withZone(settings.timeZone())))
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList();
        return new Page<>(rows.stream().map(Caseload::row).toList(), request.page(), request.size(), total);
    }

    /** How many patients the calling clinician's caseload holds. */
    @Audited(action = AuditAction.LIST, recordType = "caseload")
    public long count() {
        caller.require(Role.CLINICIAN);
        return ((Number) em.createNativeQuery("select count(*)" + FROM)
                        .setParameter("username", caller.username())
                        .getSingleResult())
                .longValue();
    }

    private static CaseloadRow row(Object[] r) {
        return new CaseloadRow(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                CareTeamRole.valueOf((String) r[3]),
                toLocalDate(r[4]),
                r[5] == null ? null : ((Number) r[5]).intValue(),
                r[6] == null ? null : new BigDecimal(r[6].toString()).setScale(1, RoundingMode.HALF_UP).doubleValue());
    }

    private static LocalDate toLocalDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
