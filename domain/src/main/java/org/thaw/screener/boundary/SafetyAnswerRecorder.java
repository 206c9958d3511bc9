package org.thaw.screener.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.thaw.audit.boundary.Audit;
import org.thaw.audit.boundary.AuditAction;
import org.thaw.audit.boundary.Audited;
import org.thaw.flag.control.FlagEngine;
import org.thaw.screener.entity.SafetyAnswer;

/**
 * Writes safety answers and raises the SAFETY flag in a transaction of their own, committed when
 * {@link #record} returns: before the rest of the submission is scored or stored, so neither a
 * refusal nor a later failure can take the care team's URGENT flag back. Audited on its own, as
 * the creation of the safety answers.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class SafetyAnswerRecorder {

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Inject
    FlagEngine flags;

    @Inject
    Audit audit;

    /**
     * Stores each answer not already stored for the same submission (a retried submission under
     * the same key records its answer once) and adds it to the patient's SAFETY flag.
     *
     * @return the answers stored now
     */
    @Audited(action = AuditAction.CREATE, recordType = "safety_answer")
    List<SafetyAnswer> record(List<SafetyAnswer> answers) {
        List<SafetyAnswer> fresh = new ArrayList<>();
        for (SafetyAnswer answer : answers) {
            audit.concerns(answer.patientId());
            if (answer.idempotencyKey() == null || !alreadyRecorded(answer)) {
                em.persist(answer);
                fresh.add(answer);
                audit.record(answer.id());
            }
        }
        em.flush();
        fresh.forEach(flags::safetyAnswered);
        return fresh;
    }

    private boolean alreadyRecorded(SafetyAnswer a) {
        return em.createQuery(
                                "select count(s) from SafetyAnswer s where s.patientId = :patientId"
                                        + " and s.idempotencyKey = :key and s.linkId = :linkId and s.answer = :answer"
                                        + " and s.context = :context",
                                Long.class)
                        .setParameter("patientId", a.patientId())
                        .setParameter("key", a.idempotencyKey())
                        .setParameter("linkId", a.linkId())
                        .setParameter("answer", a.answer())
                        .setParameter("context", a.context())
                        .getSingleResult()
                > 0;
    }
}
