package org.thaw.exchange.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.thaw.platform.Rows;

/**
 * Whose record an id is, whatever kind of record it names (a screener response, journal entry,
 * flag, medication course, treatment plan, plan goal, message, or the patient): one statement
 * across the capabilities' tables, by design, so that reading one exported record by its id costs
 * one index probe per table and no capability learns of the others.
 */
@ApplicationScoped
public class RecordOwners {

    private static final String OWNER = "select patient_id as owner from screener_response where id = :id"
            + " union all select patient_id from journal_entry where id = :id"
            + " union all select patient_id from flag where id = :id"
            + " union all select patient_id from medication_course where id = :id"
            + " union all select patient_id from treatment_plan where id = :id"
            + " union all select p.patient_id from plan_goal g join treatment_plan p on p.id = g.plan_id"
            + " where g.id = :id"
            + " union all select t.patient_id from message m join message_thread t on t.id = m.thread_id"
            + " where m.id = :id"
            + " union all select id from patient where id = :id"
            + " limit 1";

    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    /** The patient whose record has this id, if any record has it. */
    public Optional<UUID> ownerOf(UUID recordId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(OWNER, Tuple.class)
                .setParameter("id", recordId)
                .getResultList();
        return rows.stream().findFirst().map(row -> Rows.uuid(row, "owner"));
    }
}
