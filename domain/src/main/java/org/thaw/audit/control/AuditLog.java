package org.thaw.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.thaw.audit.entity.AuditEvent;

/** Appends audit events, each in a transaction of its own so they survive the caller's rollback. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(AuditEvent event) {
        em.persist(event);
    }
}
