package org.thaw.integration.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thaw.account.boundary.SignIns;
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * Tells the domain who is calling, once per request, from whichever way they came in: a verified
 * bearer token, or the browser's OpenID Connect session. Roles come from the container
 * ({@code isUserInRole}), which is reliable on the very first request after sign-in. Then the
 * sign-in is applied to the caller's own record ({@link SignIns}: the record bound to the account,
 * the account's verified e-mail address kept for notifications); a failure there is logged without
 * names or addresses and does not stop the request.
 */
public class CallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CallerFilter.class.getName());

    @Inject
    Caller caller;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Inject
    SignIns signIns;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            List<String> roles = new ArrayList<>();
            for (Role role : Role.values()) {
                if (request.isUserInRole(role.roleName())) {
                    roles.add(role.roleName());
                }
            }
            String username = request.getUserPrincipal().getName();
            String email;
            if (request.getAttribute(VerifiedToken.ATTRIBUTE) instanceof VerifiedToken token) {
                caller.identify(token.subject(), username, token.name(), roles);
                email = token.email();
            } else {
                email = identifyFromSession(username, roles);
            }
            try {
                signIns.arrived(email);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the sign-in could not be applied to the caller's record: {0}", e.getClass());
            }
        }
        chain.doFilter(request, response);
    }

    /** Identifies the caller from the session; returns the account's verified e-mail address, or null. */
    private String identifyFromSession(String username, List<String> roles) {
        String subject = null;
        String name = null;
        String email = null;
        try {
            OpenIdContext context = openIdContext.get();
            subject = context.getSubject();
            name = context.getClaims().getName().orElse(null);
            email = verifiedEmail(context.getClaimsJson());
        } catch (RuntimeException unavailable) {
            // Not an OpenID Connect session (e.g. a container-internal request): username suffices.
            LOG.log(Level.FINEST, "no OpenID context", unavailable);
        }
        caller.identify(subject, username, name, roles);
        return email;
    }

    /** The {@code email} claim when {@code email_verified} is the JSON value true; else null. */
    static String verifiedEmail(JsonObject claims) {
        if (claims == null
                || !claims.getBoolean("email_verified", false)
                || !(claims.get("email") instanceof JsonString email)) {
            return null;
        }
        return email.getString();
    }
}
