package org.thaw.clinician.account;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.thaw.account.boundary.AccountState;
import org.thaw.account.boundary.Accounts;
import org.thaw.account.boundary.AccountsUnavailableException;
import org.thaw.account.boundary.NewAccount;
import org.thaw.account.boundary.RequiredAction;
import org.thaw.integration.security.OidcSettings;
import org.thaw.platform.ConflictException;

/**
 * Thaw's accounts in the {@code thaw} realm through Keycloak's admin client, signed in as the
 * realm's confidential service account {@code thaw-admin} (client credentials; its secret is
 * {@code thaw.oidc.secret.thaw-admin}), which may manage, view and query users and nothing else.
 *
 * <p>The admin client hard-wires RESTEasy: the war bundles RESTEasy's client while Payara serves
 * JAX-RS with Jersey. The client is built here with RESTEasy's own builder (never {@code
 * ClientBuilder.newBuilder()}, which is Jersey's), and after its first use this class checks that
 * JAX-RS's runtime is still Jersey's ({@code Response.ok().build()}), logging the outcome (no
 * apostrophe in it: Payara's log formatter would eat it): the end-to-end test reads that line.
 */
@ApplicationScoped
public class KeycloakAccounts implements Accounts {

    static final String CLIENT_ID = "thaw-admin";
    /** The account attribute Keycloak reads a signed-in person's language from. */
    static final String LOCALE = "locale";
    /** Payara's JAX-RS runtime, named as a string: the war compiles against the API only. */
    private static final String JERSEY_RUNTIME = "org.glassfish.jersey.server.internal.RuntimeDelegateImpl";

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());

    @Inject
    OidcSettings oidc;

    private Keycloak keycloak;
    /** JAX-RS's runtime as Payara set it (Jersey's), read before RESTEasy is first touched. */
    private RuntimeDelegate jersey;

    private String realm;
    private boolean runtimeChecked;

    @Override
    public String create(NewAccount account) {
        return call(() -> {
            UserRepresentation user = new UserRepresentation();
            user.setUsername(account.username());
            user.setEmail(account.email());
            user.setFirstName(account.firstName());
            user.setLastName(account.lastName());
            user.setEnabled(true);
            user.setEmailVerified(false);
            if (account.language() != null) {
                // Keycloak's own pages and e-mails (the set-password e-mail first) follow this attribute
                user.setAttributes(Map.of(LOCALE, List.of(account.language())));
            }
            user.setRequiredActions(
                    account.requiredActions().stream().map(RequiredAction::name).toList());
            String id;
            try (Response created = users().create(user)) {
                if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new ConflictException(
                            "email", "belongs to an account already: each person has one e-mail address");
                }
                if (created.getStatus() != Response.Status.CREATED.getStatusCode()) {
                    throw new AccountsUnavailableException(
                            "Keycloak answered " + created.getStatus() + " to a new account");
                }
                id = CreatedResponseUtil.getCreatedId(created);
            }
            try {
                UserResource resource = users().get(id);
                RoleRepresentation role = resource.roles().realmLevel().listAvailable().stream()
                        .filter(r -> account.role().roleName().equals(r.getName()))
                        .findFirst()
                        .orElseThrow(() -> new AccountsUnavailableException(
                                "the realm has no role " + account.role().roleName()));
                resource.roles().realmLevel().add(List.of(role));
            } catch (RuntimeException failed) {
                delete(id);
                throw failed;
            }
            return id;
        });
    }

    @Override
    public void sendActionsEmail(String userId, String clientId, Duration lifespan) {
        call(() -> {
            UserResource user = users().get(userId);
            List<String> actions = user.toRepresentation().getRequiredActions();
            user.executeActionsEmail(
                    clientId,
                    null,
                    Math.toIntExact(lifespan.toSeconds()),
                    actions == null || actions.isEmpty() ? List.of(RequiredAction.UPDATE_PASSWORD.name()) : actions);
            return null;
        });
    }

    @Override
    public Optional<AccountState> state(String userId) {
        return call(() -> {
            try {
                UserRepresentation user = users().get(userId).toRepresentation();
                List<String> actions = user.getRequiredActions();
                return Optional.of(
                        new AccountState(Boolean.TRUE.equals(user.isEnabled()), actions == null || actions.isEmpty()));
            } catch (NotFoundException gone) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void disable(String userId) {
        setEnabled(userId, false);
    }

    @Override
    public void enable(String userId) {
        setEnabled(userId, true);
    }

    private void setEnabled(String userId, boolean enabled) {
        call(() -> {
            UserResource user = users().get(userId);
            UserRepresentation representation = user.toRepresentation();
            representation.setEnabled(enabled);
            user.update(representation);
            if (!enabled) {
                user.logout();
            }
            return null;
        });
    }

    @Override
    public void delete(String userId) {
        call(() -> {
            try (Response deleted = users().delete(userId)) {
                int status = deleted.getStatus();
                if (status != 204 && status != 404) {
                    throw new AccountsUnavailableException("Keycloak answered " + status + " to a deletion");
                }
            }
            return null;
        });
    }

    @Override
    public Optional<String> findByEmail(String email) {
        return call(() -> users().searchByEmail(email, true).stream()
                .map(UserRepresentation::getId)
                .findFirst());
    }

    @Override
    public Optional<String> findByUsername(String username) {
        return call(() -> users().searchByUsername(username, true).stream()
                .map(UserRepresentation::getId)
                .findFirst());
    }

    /** Runs a call to Keycloak; a server away, slow or refusing Thaw's service account is "unavailable". */
    private <T> T call(Supplier<T> work) {
        try {
            T result;
            try {
                result = work.get();
            } finally {
                restoreRuntime();
            }
            checkRuntime();
            return result;
        } catch (ConflictException | AccountsUnavailableException known) {
            throw known;
        } catch (ProcessingException | WebApplicationException | IllegalStateException failed) {
            LOG.log(
                    Level.WARNING,
                    "Keycloak's admin API could not be used: "
                            + failed.getClass().getName(),
                    failed);
            throw new AccountsUnavailableException("Keycloak cannot manage accounts right now", failed);
        }
    }

    private synchronized UsersResource users() {
        if (keycloak == null) {
            restoreRuntime();
            String issuer = oidc.getIssuer();
            int realms = issuer.lastIndexOf("/realms/");
            if (realms < 0) {
                throw new IllegalStateException("the issuer is not a Keycloak realm's: " + issuer);
            }
            realm = issuer.substring(realms + "/realms/".length());
            Client client = new ResteasyClientBuilderImpl()
                    .connectionPoolSize(8)
                    .connectTimeout(5, TimeUnit.SECONDS)
                    .readTimeout(20, TimeUnit.SECONDS)
                    .register(JacksonProvider.class, 100)
                    .build();
            keycloak = KeycloakBuilder.builder()
                    .serverUrl(issuer.substring(0, realms))
                    .realm(realm)
                    .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                    .clientId(CLIENT_ID)
                    .clientSecret(oidc.clientSecret(CLIENT_ID))
                    .resteasyClient(client)
                    .build();
        }
        return keycloak.realm(realm).users();
    }

    /**
     * RESTEasy's client installs its own provider factory as JAX-RS's JVM-wide runtime while it
     * works (seen in the end-to-end test: {@code Response.ok().build()} then gave RESTEasy's
     * response in every app of the server). After each call the runtime Payara set is put back.
     */
    private synchronized void restoreRuntime() {
        if (RuntimeDelegate.getInstance().getClass().getName().startsWith("org.glassfish.jersey.")) {
            return;
        }
        if (jersey == null || !jersey.getClass().getName().startsWith("org.glassfish.jersey.")) {
            try {
                jersey = (RuntimeDelegate) Class.forName(JERSEY_RUNTIME, true, RuntimeDelegate.class.getClassLoader())
                        .getDeclaredConstructor()
                        .newInstance();
            } catch (ReflectiveOperationException | LinkageError missing) {
                LOG.log(Level.WARNING, "Jersey's JAX-RS runtime could not be loaded", missing);
                return;
            }
        }
        RuntimeDelegate.setInstance(jersey);
    }

    /**
     * After the first call: RESTEasy in the war must not have replaced JAX-RS's runtime, which
     * Payara's Jersey serves every REST answer with. Logged either way, once.
     */
    private synchronized void checkRuntime() {
        if (runtimeChecked) {
            return;
        }
        runtimeChecked = true;
        String delegate = RuntimeDelegate.getInstance().getClass().getName();
        String response = Response.ok().build().getClass().getName();
        if (response.startsWith("org.glassfish.jersey.") && delegate.startsWith("org.glassfish.jersey.")) {
            LOG.info("JAX-RS runtime check after the first Keycloak admin call: responses come from Jersey (" + response
                    + ")");
        } else {
            LOG.severe("JAX-RS runtime check after the first Keycloak admin call: responses come from " + response
                    + " (runtime " + delegate + "), not from Jersey");
        }
    }

    @PreDestroy
    synchronized void close() {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
    }
}
