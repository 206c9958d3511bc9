package org.thaw.account.boundary;

import java.util.UUID;

/** A person invited: their new record's id and the invitation sent to them. */
public record Invited(UUID id, InvitationView invitation) {}
