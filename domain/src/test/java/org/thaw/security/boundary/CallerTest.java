package org.thaw.security.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who is calling: role names from the token, the role the audit trail records, and refusals. */
class CallerTest {

    private final Caller caller = new Caller();

    @Test
    void realmRolesThawDoesNotKnowAreIgnored() {
        caller.identify("sub-1", "alex", null, List.of("offline_access", "patient", "uma_authorization"));

        assertTrue(caller.has(Role.PATIENT));
        assertFalse(caller.has(Role.CLINICIAN));
        assertFalse(caller.has(Role.ADMIN));
    }

    @Test
    void roleNamesMatchExactlyAsKeycloakSpellsThem() {
        caller.identify("sub-1", "alex", null, List.of("Clinician", "ADMIN"));

        assertFalse(caller.has(Role.CLINICIAN));
        assertFalse(caller.has(Role.ADMIN));
        assertEquals(Optional.empty(), caller.actingRole());
    }

    @Test
    void identifyingAgainReplacesTheRolesInsteadOfAddingToThem() {
        caller.identify("sub-1", "dr.one", null, List.of("clinician"));
        caller.identify("sub-2", "alex", null, List.of("patient"));

        assertFalse(caller.has(Role.CLINICIAN));
        assertEquals("alex", caller.username());
        assertEquals(Optional.of("sub-2"), caller.subject());
    }

    @Test
    void actingRoleIsTheMostPrivilegedRoleHeld() {
        caller.identify(null, "boss", null, List.of("patient", "admin", "clinician"));
        assertEquals(Optional.of(Role.ADMIN), caller.actingRole());

        caller.identify(null, "dr.one", null, List.of("patient", "clinician"));
        assertEquals(Optional.of(Role.CLINICIAN), caller.actingRole());

        caller.identify(null, "alex", null, List.of("patient"));
        assertEquals(Optional.of(Role.PATIENT), caller.actingRole());
    }

    @Test
    void aCallerWithoutThawRolesActsInNoRole() {
        caller.identify(null, "visitor", null, List.of());

        assertEquals(Optional.empty(), caller.actingRole());
    }

    @Test
    void requireRefusesACallerWithoutTheRole() {
        caller.identify("sub-1", "alex", null, List.of("patient"));

        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> caller.require(Role.CLINICIAN));
        assertTrue(refused.getMessage().contains("clinician"), refused.getMessage());
    }

    @Test
    void requireRefusesWhenNobodyIsIdentified() {
        assertThrows(AccessDeniedException.class, () -> caller.require(Role.PATIENT));
    }

    @Test
    void requirePassesForAnyRoleTheCallerHolds() {
        caller.identify("sub-1", "dr.one", null, List.of("patient", "clinician"));

        caller.require(Role.PATIENT);
        caller.require(Role.CLINICIAN);
        assertThrows(AccessDeniedException.class, () -> caller.require(Role.ADMIN));
    }

    @Test
    void usernameIsRefusedButUsernameIfKnownIsEmptyWhenNobodyIsIdentified() {
        assertFalse(caller.isIdentified());
        assertThrows(AccessDeniedException.class, caller::username);
        assertEquals(Optional.empty(), caller.usernameIfKnown());
        assertEquals(Optional.empty(), caller.subject());
    }

    @Test
    void aCallerMustHaveAUsername() {
        assertThrows(NullPointerException.class, () -> caller.identify("sub-1", null, "Alex", List.of("patient")));
        assertFalse(caller.isIdentified());
    }

    @Test
    void displayNameFallsBackToTheUsernameWhenTheTokenHasNoName() {
        caller.identify("sub-1", "alex", "  ", List.of("patient"));
        assertEquals("alex", caller.displayName());

        caller.identify("sub-1", "alex", "Alex Moreau", List.of("patient"));
        assertEquals("Alex Moreau", caller.displayName());
    }
}
