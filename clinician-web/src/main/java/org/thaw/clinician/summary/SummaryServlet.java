package org.thaw.clinician.summary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.thaw.security.boundary.AccessDeniedException;
import org.thaw.security.boundary.RecordNotFoundException;

/**
 * The chart's "Prescriber summary (PDF)": {@code /clinician/summary.pdf?patient={id}} in the browser
 * session, the same PDF as the REST API's (whose bearer tokens a browser does not have). It sits
 * under the pages' security constraint, so only a signed-in clinician or admin reaches it; the
 * boundaries then answer another team's patient, like an unknown id, with 404, and the admin with
 * 403. The URL carries only the patient id, as the chart's own does; the file's name carries only
 * the day.
 */
@WebServlet("/summary.pdf")
public class SummaryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    PrescriberSummaries summaries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] pdf;
        try {
            pdf = summaries.pdf(UUID.fromString(String.valueOf(request.getParameter("patient"))));
        } catch (IllegalArgumentException | RecordNotFoundException notFound) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException denied) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(SummaryPdf.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + summaries.fileName() + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
