package org.thaw.deploy.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.thaw.patient.boundary.CaseloadFilter;
import org.thaw.patient.boundary.CaseloadQuery;
import org.thaw.patient.boundary.CaseloadRow;
import org.thaw.patient.boundary.CaseloadSort;
import org.thaw.platform.Page;
import org.thaw.platform.PageRequest;

/**
 * The dashboard's query as the application runs it: {@link CaseloadQuery}'s count and page
 * statements through Hibernate, with the row mapping, in one transaction, over the domain's own
 * {@code thaw} persistence unit. Only the transaction type (resource-local here, JTA there) and the
 * connection pool (Hibernate's own here) differ from the server, so the figure is the query's,
 * without HTTP, security, audit or JSON.
 */
final class DashboardJpa implements AutoCloseable {

    private final EntityManagerFactory factory;
    private final EntityManager em;

    DashboardJpa(String url, String user, String password) {
        factory = Persistence.createEntityManagerFactory(
                "thaw",
                Map.of(
                        "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                        "jakarta.persistence.jdbc.url", url,
                        "jakarta.persistence.jdbc.user", user,
                        "jakarta.persistence.jdbc.password", password,
                        "hibernate.connection.pool_size", "2",
                        // no entity is written here, so no Bean Validation provider is needed on this class path
                        "jakarta.persistence.validation.mode", "NONE",
                        "hibernate.transaction.jta.platform",
                                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform"));
        em = factory.createEntityManager();
    }

    /** The first page, as the dashboard asks for it (triage order, no filter); returns its ids. */
    List<String> firstPage(String username, Instant now, ZoneId practiceZone, int size) {
        em.getTransaction().begin();
        try {
            Page<CaseloadRow> page = new CaseloadQuery(em)
                    .page(
                            username,
                            now,
                            practiceZone,
                            PageRequest.of(0, size),
                            CaseloadFilter.NONE,
                            CaseloadSort.FLAGS,
                            false);
            em.getTransaction().commit();
            return page.items().stream()
                    .map(CaseloadRow::patientId)
                    .map(UUID::toString)
                    .toList();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    @Override
    public void close() {
        em.close();
        factory.close();
    }
}
