package org.thaw.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thaw.audit.entity.AuditEvent;
import org.thaw.platform.InvalidInputException;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;
import org.thaw.practice.control.PracticeSettings;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * The practice admin reads the audit trail: by patient, user and days, newest first, a page at a
 * time or whole for an export. Reading it is itself audited (record type {@code audit_event}, with
 * the patient searched for), so the trail shows who looked at whose trail.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    /** An export holds at most this many events, the newest; a narrower search gives the rest. */
    public static final int MAX_EXPORT = 50_000;

    static final int MAX_USER = 255;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    PracticeSettings settings;

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /** One page of the events that match, newest first, with the total. */
    @Audited(action = AuditAction.LIST, recordType = "audit_event")
    public Page<AuditEntry> search(AuditQuery query, PageRequest page) {
        caller.require(Role.ADMIN);
        Filter filter = filter(query);
        long total = filter.bind(em.createQuery("select count(e) from AuditEvent e" + filter.where, Long.class))
                .getSingleResult();
        List<AuditEntry> items = entries(filter, page.offset(), page.size());
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The events that match, newest first, at most {@value #MAX_EXPORT}: for the CSV export. */
    @Audited(action = AuditAction.LIST, recordType = "audit_export")
    public List<AuditEntry> export(AuditQuery query) {
        caller.require(Role.ADMIN);
        return entries(filter(query), 0, MAX_EXPORT);
    }

    private List<AuditEntry> entries(Filter filter, int offset, int limit) {
        return filter.bind(em.createQuery(
                        "select e, p.firstName, p.lastName from AuditEvent e"
                                + " left join Patient p on p.id = e.patientId"
                                + filter.where
                                + " order by e.occurredAt desc, e.id desc",
                        Object[].class))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(AuditTrail::entry)
                .toList();
    }

    private static AuditEntry entry(Object[] row) {
        AuditEvent e = (AuditEvent) row[0];
        String name = row[1] == null ? null : row[1] + " " + row[2];
        return new AuditEntry(
                e.id(),
                e.occurredAt(),
                e.actorUsername(),
                e.actorRole(),
                e.action(),
                e.recordType(),
                e.recordId(),
                e.patientId(),
                name,
                e.outcome().name());
    }

    /** The query's conditions as fixed JPQL fragments with bound values; refuses a bad part naming it. */
    private Filter filter(AuditQuery query) {
        AuditQuery q = query == null ? AuditQuery.all() : query;
        if (q.patientId() != null) {
            audit.concerns(q.patientId());
        }
        StringBuilder where = new StringBuilder();
        Map<String, Object> values = new LinkedHashMap<>();
        if (q.patientId() != null) {
            and(where, "e.patientId = :patient");
            values.put("patient", q.patientId());
        }
        String user = q.user() == null ? "" : q.user().strip();
        if (user.length() > MAX_USER) {
            throw new InvalidInputException("user", "must be a username of at most " + MAX_USER + " characters");
        }
        if (!user.isEmpty()) {
            and(where, "e.actorUsername = :user");
            values.put("user", user);
        }
        if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
            throw new InvalidInputException("from", "must be on or before to (" + q.to() + ")");
        }
        ZoneId zone = settings.timeZone();
        if (q.from() != null) {
            and(where, "e.occurredAt >= :from");
            values.put("from", start(q.from(), zone));
        }
        if (q.to() != null) {
            and(where, "e.occurredAt < :to");
            values.put("to", start(q.to().plusDays(1), zone));
        }
        return new Filter(where.toString(), values);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static void and(StringBuilder where, String condition) {
        where.append(where.isEmpty() ? " where " : " and ").append(condition);
    }

    private record Filter(String where, Map<String, Object> values) {
        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            values.forEach(query::setParameter);
            return query;
        }
    }
}
