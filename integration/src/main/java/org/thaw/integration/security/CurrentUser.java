package org.thaw.integration.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/** The signed-in person for page headers: {@code #{currentUser.name}}. Holds no health data. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    @Inject
    Caller caller;

    public boolean isSignedIn() {
        return caller.isIdentified();
    }

    public String getName() {
        return caller.isIdentified() ? caller.displayName() : "";
    }

    public boolean isClinician() {
        return caller.has(Role.CLINICIAN);
    }

    public boolean isAdmin() {
        return caller.has(Role.ADMIN);
    }

    public boolean isPatient() {
        return caller.has(Role.PATIENT);
    }
}
