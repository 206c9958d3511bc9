package org.thaw.deploy.root;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer to every address outside Thaw's two apps ({@code /no-such-app/}, {@code /favicon.ico},
 * {@code /}...): 404 problem+json with the headers every Thaw answer carries (a strict
 * Content-Security-Policy, nosniff, no framing, no referrer, no caching). A filter, not a servlet,
 * so the server's own servlets of this context (static files, JSP) never answer instead; only
 * MicroProfile Health's servlet, which Payara adds to this context, answers its own paths.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class NoSuchAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String BODY =
            "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such resource.\"}";

    /**
     * Payara Micro serves MicroProfile Health ({@code /health}, {@code /health/live}, {@code
     * /health/ready}) from the root context, that is from this app: those pass on to its servlet,
     * with the same headers.
     */
    static final String HEALTH = "/health";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals(HEALTH) || path.startsWith(HEALTH + "/")) {
            headers(request, response);
            chain.doFilter(request, response);
            return;
        }
        response.reset();
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        headers(request, response);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (!"HEAD".equals(request.getMethod())) {
            response.getWriter().write(BODY);
        }
    }

    private static void headers(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
