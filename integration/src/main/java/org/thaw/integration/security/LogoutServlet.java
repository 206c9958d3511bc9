package org.thaw.integration.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signs out: ends the container login, which (with the war's {@code @LogoutDefinition(notifyProvider
 * = true)}) ends the Keycloak session too and redirects through Keycloak back to the app.
 */
public class LogoutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }
}
