package org.thaw.integration.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.MalformedURLException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page a visitor who is not signed in gets while Keycloak cannot be reached: 503, a plain
 * statement that sign-in is unavailable for a few minutes, and the crisis resources (the practice's
 * text, or Thaw's default when the database is away too) with the link to the help page where the
 * app has one. Written as plain HTML by the sign-in mechanism itself, so it depends on neither
 * Keycloak nor Faces.
 */
final class SignInUnavailablePage {

    private static final Logger LOG = Logger.getLogger(SignInUnavailablePage.class.getName());

    /** Nothing but this app's own style sheet may load; nothing may frame it. */
    static final String POLICY =
            "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    static final String RETRY_AFTER_SECONDS = "60";

    private SignInUnavailablePage() {}

    static void send(HttpServletRequest request, HttpServletResponse response, String crisisText, String notWatched) {
        SecurityHeadersFilter.apply(request, response);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        boolean helpPage = hasHelpPage(request);
        try {
            response.getWriter().write(html(request.getContextPath(), crisisText, notWatched, helpPage));
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not write the sign-in unavailable page", e);
        }
    }

    static String html(String contextPath, String crisisText, String notWatched, boolean helpPage) {
        String ctx = escape(contextPath);
        StringBuilder sb = new StringBuilder(2048);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Sign-in is unavailable right now - Thaw</title>")
                .append("<link rel=\"stylesheet\" href=\"")
                .append(ctx)
                .append("/resources/thaw/thaw.css\"></head><body><main class=\"thaw-main\">")
                .append("<section class=\"thaw-card\" id=\"sign-in-unavailable\">")
                .append("<h1>Sign-in is unavailable right now</h1>")
                .append("<p>Thaw cannot reach its sign-in service at the moment. Please try again in a few minutes.")
                .append(" Nothing you did caused this, and nothing you saved before is lost.</p>")
                .append("<p><a href=\"")
                .append(ctx)
                .append("/\">Try again</a></p></section>")
                .append("<section class=\"thaw-card thaw-crisis\" id=\"crisis\" aria-labelledby=\"crisis-heading\">")
                .append("<h2 id=\"crisis-heading\">Need help now?</h2>")
                .append("<span class=\"thaw-crisis-text\" id=\"crisis-text\">")
                .append(escape(crisisText))
                .append("</span><p class=\"thaw-not-watched\" id=\"not-watched\">")
                .append(escape(notWatched))
                .append("</p>");
        if (helpPage) {
            sb.append("<p><a href=\"")
                    .append(ctx)
                    .append("/help.xhtml\" id=\"need-help\" class=\"thaw-help-link\">Crisis resources</a></p>");
        }
        return sb.append("</section></main></body></html>\n").toString();
    }

    private static boolean hasHelpPage(HttpServletRequest request) {
        try {
            return request.getServletContext().getResource("/help.xhtml") != null;
        } catch (MalformedURLException | RuntimeException e) {
            return false;
        }
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
