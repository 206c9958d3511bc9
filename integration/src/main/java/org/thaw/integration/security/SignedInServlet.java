package org.thaw.integration.security;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Keycloak's redirect target ({@code /callback}). The OpenID Connect mechanism has completed the
 * sign-in by the time the request gets here; this sends the browser on to the page the person
 * first asked for (or the home page), so the authorization code never stays in the address bar.
 * (The container's own "redirect to original resource" hands Faces a request wrapper with a null
 * parameter map on this server, hence {@code redirectToOriginalResource = false} and this.)
 */
public class SignedInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String TARGET = SignedInServlet.class.getName() + ".target";

    /** Remembers a page request that is about to be sent to sign-in (same app only, GET only). */
    static void remember(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI();
        if (path.endsWith("/callback") || path.contains("/jakarta.faces.resource/")) {
            return;
        }
        String query = request.getQueryString();
        request.getSession(true).setAttribute(TARGET, query == null ? path : path + "?" + query);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(target(request));
    }

    /** The remembered page if it is a path of this app, else the home page. */
    static String target(HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        HttpSession session = request.getSession(false);
        if (session == null) {
            return home;
        }
        Object remembered = session.getAttribute(TARGET);
        session.removeAttribute(TARGET);
        if (remembered instanceof String target
                && target.startsWith(home)
                && !target.startsWith("//")
                && !target.contains("\\")
                && !target.contains("/callback")) {
            return target;
        }
        return home;
    }
}
