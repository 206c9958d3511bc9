package org.thaw.integration.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.thaw.integration.security.ThawAuthenticationMechanism;

/**
 * Each war's MicroProfile Health checks, served by Payara Micro at {@code /health/live} and
 * {@code /health/ready} (both wars' checks together, named after the war: {@code portal-database}).
 * Readiness: the database answers, the realm's signing keys are at hand (bearer tokens can be
 * checked), the REST application has started, and every other Thaw war the instance serves is
 * deployed with its REST application started ({@code thaw.wars}, by default {@code
 * portal,clinician}; the portal war's check is {@code clinician-deployed}, the clinician war's
 * {@code portal-deployed}): an instance whose other war failed to deploy gets no traffic.
 * Liveness: the war is deployed (a database or Keycloak outage is no reason to restart the app). A
 * check says only its name and UP or DOWN: no data, no error text, nothing of anyone's record.
 *
 * <p>Payara runs the checks on a request to its root context, not to this war: the war's name is
 * taken when the war starts, and the database is reached with the war's own settings.
 */
@ApplicationScoped
public class HealthChecks {

    private static final Logger LOG = Logger.getLogger(HealthChecks.class.getName());

    private static final String APP_NAME = "java:app/AppName";
    private static final String DRIVER = "org.postgresql.Driver";

    /** The Thaw wars an instance serves (MicroProfile Config {@code thaw.wars}), unless configured otherwise. */
    static final List<String> WARS = List.of("portal", "clinician");

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
        DeployedWars.named(war);
    }

    /** When the war stops: the other wars no longer see it. */
    void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        DeployedWars.leave();
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

    /**
     * The other Thaw wars of the instance, deployed with their REST application started: named
     * after them ({@code clinician-deployed}), DOWN while one is missing.
     */
    @Produces
    @Readiness
    HealthCheck otherWarsDeployed() {
        return () -> {
            List<String> others = otherWars();
            return HealthCheckResponse.named(
                            others.isEmpty() ? war + "-deployed" : String.join("-", others) + "-deployed")
                    .status(DeployedWars.missing(others).isEmpty())
                    .build();
        };
    }

    /** {@code thaw.wars} (by default {@link #WARS}) without this war. */
    private List<String> otherWars() {
        List<String> wars;
        try {
            wars = ConfigProvider.getConfig(HealthChecks.class.getClassLoader())
                    .getOptionalValues("thaw.wars", String.class)
                    .orElse(WARS);
        } catch (RuntimeException unreadable) {
            LOG.log(Level.FINE, "readiness: thaw.wars unreadable, the default applies", unreadable);
            wars = WARS;
        }
        List<String> others = new ArrayList<>();
        for (String name : wars) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty() && !trimmed.equals(war) && !others.contains(trimmed)) {
                others.add(trimmed);
            }
        }
        return others;
    }

    /**
     * A connection of its own with the war's database settings (the ones its data source reads),
     * each wait bounded to 2 s: the checks run outside the war's naming context, where neither a
     * lookup nor an injection of the war's data source works.
     */
    private boolean databaseAnswers() {
        Config config = ConfigProvider.getConfig(HealthChecks.class.getClassLoader());
        Optional<String> url = config.getOptionalValue("thaw.db.url", String.class);
        if (url.isEmpty()) {
            return false;
        }
        Properties login = new Properties();
        config.getOptionalValue("thaw.db.user", String.class).ifPresent(u -> login.setProperty("user", u));
        config.getOptionalValue("thaw.db.password", String.class).ifPresent(p -> login.setProperty("password", p));
        login.setProperty("connectTimeout", "2");
        login.setProperty("loginTimeout", "2");
        login.setProperty("socketTimeout", "2");
        try {
            Class.forName(DRIVER, true, HealthChecks.class.getClassLoader());
            try (Connection connection = DriverManager.getConnection(url.get(), login)) {
                return connection.isValid(2);
            }
        } catch (ClassNotFoundException | SQLException | RuntimeException down) {
            LOG.log(Level.FINE, "readiness: the database does not answer", down);
            return false;
        }
    }
}
