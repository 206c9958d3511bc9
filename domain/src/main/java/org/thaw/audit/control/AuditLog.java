package org.thaw.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.thaw.audit.entity.AuditEvent;

/**
 * Appends audit events: a completed call's in the call's own transaction (one commit for both, and
 * the event exists exactly when what the call wrote does), any other in a transaction of its own so
 * it survives the caller's rollback.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /** Writes the event in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(AuditEvent event) {
        em.persist(event);
    }

    /** True when no transaction is running: one that starts now belongs to the call about to run. */
    public boolean outsideTransaction() {
        return transactions.getTransactionKey() == null;
    }

    /**
     * Writes the event in the running transaction; {@code completed} hears, once that transaction
     * has ended, whether it committed (the event with it) or not (the event is gone with it).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeWithCall(AuditEvent event, Consumer<Boolean> completed) {
        em.persist(event);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // the event is flushed with the call's own statements
            }

            @Override
            public void afterCompletion(int status) {
                completed.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
