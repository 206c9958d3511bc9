package org.thaw.security.boundary;

import java.util.Optional;

/** The realm roles Thaw knows; their names are the Keycloak realm role names. */
public enum Role {
    PATIENT("patient"),
    CLINICIAN("clinician"),
    ADMIN("admin"),
    /** Another system's service account that reads the practice's records over FHIR (read only). */
    FHIR_READER("fhir-reader");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The realm role name, as it appears in tokens and in {@code @RolesAllowed}. */
    public String roleName() {
        return roleName;
    }

    public static Optional<Role> ofRoleName(String name) {
        for (Role role : values()) {
            if (role.roleName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
