package org.thaw.integration.security;

import java.util.Set;

/** The facts Thaw takes from a verified bearer token. */
public record VerifiedToken(String subject, String username, String name, Set<String> roles) {

    /** Request attribute under which the mechanism leaves the token for {@link CallerFilter}. */
    public static final String ATTRIBUTE = VerifiedToken.class.getName();
}
