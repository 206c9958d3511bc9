package org.thaw.integration.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Signs out: ends the container login, which (with the war's {@code @LogoutDefinition(notifyProvider
 * = true)}) ends the Keycloak session too and redirects through Keycloak back to the app.
 */
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LogoutServlet.class.getName());

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            // another site's form cannot sign a person out (a browser sends Origin with every cross-site POST)
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ownJaxRsRuntime();
        try {
            request.logout();
        } catch (ServletException | RuntimeException nobodySignedIn) {
            // a sign-out without a session (an old tab, a second click) has nothing to end: the signed-out page
            LOG.fine(() ->
                    "sign-out without a session: " + nobodySignedIn.getClass().getSimpleName());
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/signed-out.xhtml");
        }
    }

    /**
     * JAX-RS's runtime is one per JVM, cached by its first lookup from whichever app looked first.
     * When it is one this app cannot see (the RESTEasy that the clinician app bundles for Keycloak's
     * admin client), it is dropped so that the next lookup finds this app's own: the container's
     * sign-out builds Keycloak's end-of-session address with JAX-RS's UriBuilder, and RESTEasy's
     * sent the browser to a page that does not exist.
     */
    static void ownJaxRsRuntime() {
        RuntimeDelegate current = RuntimeDelegate.getInstance();
        ClassLoader own = Thread.currentThread().getContextClassLoader();
        boolean visible;
        try {
            visible = Class.forName(current.getClass().getName(), false, own) == current.getClass();
        } catch (ClassNotFoundException | LinkageError notHere) {
            visible = false;
        }
        if (!visible) {
            LOG.info(() -> "JAX-RS runtime " + current.getClass().getName() + " is another app's: looked up again");
            RuntimeDelegate.setInstance(null);
        }
    }

    /**
     * True when the request carries no {@code Origin} (not a cross-site browser POST), or the
     * origin of this very request, or that of the configured public address ({@code thaw.base.url},
     * behind a proxy).
     */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String own = request.getScheme() + "://" + request.getServerName()
                + (isDefaultPort(request.getScheme(), request.getServerPort()) ? "" : ":" + request.getServerPort());
        return origin.equalsIgnoreCase(own)
                || origin.equalsIgnoreCase(originOf(
                        System.getProperty("thaw.base.url", System.getenv().getOrDefault("THAW_BASE_URL", ""))));
    }

    /** "https://thaw.example.org" of "https://thaw.example.org/some/path"; "" for nothing. */
    static String originOf(String url) {
        int hostStart = url.indexOf("://");
        if (hostStart < 0) {
            return "";
        }
        int pathStart = url.indexOf('/', hostStart + 3);
        return pathStart < 0 ? url : url.substring(0, pathStart);
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    }
}
