package org.thaw.integration.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
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
import org.thaw.security.boundary.Caller;
import org.thaw.security.boundary.Role;

/**
 * Tells the domain who is calling, once per request, from whichever way they came in: a verified
 * bearer token, or the browser's OpenID Connect session. Roles come from the container
 * ({@code isUserInRole}), which is reliable on the very first request after sign-in.
 */
public class CallerFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CallerFilter.class.getName());

    @Inject
    Caller caller;

    @Inject
    Instance<OpenIdContext> openIdContext;

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
            if (request.getAttribute(VerifiedToken.ATTRIBUTE) instanceof VerifiedToken token) {
                caller.identify(token.subject(), username, token.name(), roles);
            } else {
                identifyFromSession(username, roles);
            }
        }
        chain.doFilter(request, response);
    }

    private void identifyFromSession(String username, List<String> roles) {
        String subject = null;
        String name = null;
        try {
            OpenIdContext context = openIdContext.get();
            subject = context.getSubject();
            name = context.getClaims().getName().orElse(null);
        } catch (RuntimeException unavailable) {
            // Not an OpenID Connect session (e.g. a container-internal request): username suffices.
            LOG.log(Level.FINEST, "no OpenID context", unavailable);
        }
        caller.identify(subject, username, name, roles);
    }
}
