package org.thaw.integration.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries: a Content-Security-Policy, no MIME sniffing, no framing by other
 * sites, no referrer to other origins, and no caching of anything but static resources (pages and
 * API answers hold health data). HSTS is added when the request came over TLS.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /**
     * What every answer that is not a page gets (API answers, 401s, redirects, error bodies): nothing
     * may load, frame or re-base it.
     */
    static final String STRICT_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /**
     * What a page gets from here: PrimeFaces adds the page's own policy (default-src 'self', scripts
     * only with its nonce; see web.xml's primefaces.CSP_POLICY), and both are enforced, so this one
     * must not restrict scripts or styles, only what PrimeFaces' does not say.
     */
    static final String PAGE_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called by the authentication mechanism, whose 401s and redirects to
     * the sign-in page are answered before any filter runs.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", isPage(request) ? PAGE_POLICY : STRICT_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }

    /** A Faces page (or the welcome page, which is one): rendered by PrimeFaces, which adds its policy. */
    static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.endsWith(".xhtml") || path.equals("/") || path.isEmpty();
    }
}
