package org.thaw.integration.security;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Keycloak's redirect target ({@code /callback}). The OpenID Connect mechanism has completed the
 * sign-in by the time the request gets here; this sends the browser to the app's home page so the
 * authorization code never stays in the address bar. (Restoring the original request instead
 * breaks Faces requests on this server, hence {@code redirectToOriginalResource = false}.)
 */
public class SignedInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath() + "/");
    }
}
