package org.thaw.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The person behind the current request, as the web module's authentication established it.
 *
 * <p>Filled once per request by the web layer (browser session or bearer token) and read by
 * boundaries and the audit trail. Holds identifiers only, never health data.
 */
@RequestScoped
public class Caller {

    private String subject;
    private String username;
    private String displayName;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);

    /**
     * Records who is calling.
     *
     * @param subject the identity provider's stable subject ({@code sub}), may be null if unknown
     * @param username the login name ({@code preferred_username})
     * @param displayName the person's name for headers, may be null
     * @param roleNames realm role names; unknown names are ignored
     */
    public void identify(String subject, String username, String displayName, Collection<String> roleNames) {
        this.subject = subject;
        this.username = Objects.requireNonNull(username, "username");
        this.displayName = displayName;
        roles.clear();
        for (String name : roleNames) {
            Role.ofRoleName(name).ifPresent(roles::add);
        }
    }

    public boolean isIdentified() {
        return username != null;
    }

    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    /** The login name; refuses when nobody is identified. */
    public String username() {
        if (username == null) {
            throw new AccessDeniedException("No authenticated caller");
        }
        return username;
    }

    public Optional<String> usernameIfKnown() {
        return Optional.ofNullable(username);
    }

    /** The name to show in headers: the token's name, else the username. */
    public String displayName() {
        return displayName == null || displayName.isBlank() ? username() : displayName;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * The role the caller acts in, for the audit trail: the most privileged one they hold.
     */
    public Optional<Role> actingRole() {
        if (roles.contains(Role.ADMIN)) {
            return Optional.of(Role.ADMIN);
        }
        if (roles.contains(Role.CLINICIAN)) {
            return Optional.of(Role.CLINICIAN);
        }
        if (roles.contains(Role.PATIENT)) {
            return Optional.of(Role.PATIENT);
        }
        return roles.contains(Role.FHIR_READER) ? Optional.of(Role.FHIR_READER) : Optional.empty();
    }

    /** Refuses unless the caller holds {@code role}. */
    public void require(Role role) {
        if (!isIdentified() || !roles.contains(role)) {
            throw new AccessDeniedException("This action needs the role " + role.roleName());
        }
    }
}
