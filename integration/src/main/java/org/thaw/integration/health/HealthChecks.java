package org.thaw.integration.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.ServletContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.thaw.integration.security.ThawAuthenticationMechanism;

/**
 * Each war's MicroProfile Health checks, served by Payara Micro at {@code /health/live} and
 * {@code /health/ready} (both wars' checks together, named after the war: {@code portal-database}).
 * Readiness: the database answers, the realm's signing keys are at hand (bearer tokens can be
 * checked), the REST application has started. Liveness: the war is deployed (a database or
 * Keycloak outage is no reason to restart the app). A check says only its name and UP or DOWN:
 * no data, no error text, nothing of anyone's record.
 *
 * <p>Payara runs the checks on a request to its root context, not to this war: the war's name is
 * taken when the war starts, and the database is reached through the war's persistence unit.
 */
@ApplicationScoped
public class HealthChecks {

    private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());

    private static final String APP_NAME = "java:app/AppName";

    /**
     * The war's persistence unit: its container-managed entity manager reaches the war's data
     * source from any thread (a JNDI lookup of {@code java:app/...} from Payara's root context
     * would find the root app's names, not the war's).
     */
    @PersistenceContext(unitName = "thaw")
    EntityManager em;

    @Inject
    ThawAuthenticationMechanism mechanism;

    private volatile String war = "app";

    /** When the war starts: its name (its context path, else the application's name). */
    void started(@Observes @Initialized(ApplicationScoped.class) Object event) {
        try {
            if (event instanceof ServletContext context
                    && !context.getContextPath().isEmpty()) {
                war = context.getContextPath().substring(1);
            } else {
                war = InitialContext.doLookup(APP_NAME);
            }
        } catch (NamingException | RuntimeException unnamed) {
            LOG.log(Level.FINE, "readiness: no application name", unnamed);
        }
    }

    @Produces
    @Liveness
    HealthCheck deployed() {
        return () -> HealthCheckResponse.up(war);
    }

    @Produces
    @Readiness
    HealthCheck databaseReachable() {
        return () -> HealthCheckResponse.named(war + "-database")
                .status(databaseAnswers())
                .build();
    }

    @Produces
    @Readiness
    HealthCheck signingKeys() {
        return () -> HealthCheckResponse.named(war + "-keycloak-keys")
                .status(mechanism.signingKeysAtHand())
                .build();
    }

    @Produces
    @Readiness
    HealthCheck restApplication() {
        return () -> HealthCheckResponse.named(war + "-rest-api")
                .status(RestStarted.started())
                .build();
    }

    private boolean databaseAnswers() {
        try {
            return Integer.valueOf(1)
                    .equals(((Number) em.createNativeQuery("select 1").getSingleResult()).intValue());
        } catch (RuntimeException down) {
            LOG.log(Level.FINE, "readiness: the database does not answer", down);
            return false;
        }
    }
}
