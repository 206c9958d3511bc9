package org.thaw.integration.security;

import java.util.Set;

/**
 * The facts Thaw takes from a verified bearer token; {@code email} is the account's address when
 * the token says it is verified, else null.
 */
public record VerifiedToken(String subject, String username, String name, Set<String> roles, String email) {

    /** Request attribute under which the mechanism leaves the token for {@link CallerFilter}. */
    public static final String ATTRIBUTE = VerifiedToken.class.getName();
}
