/**
 * The prescriber summary: one or two pages of PDF joining a care-team patient's medication courses,
 * the numbness trend of the last twelve weeks, screener totals with their change labels, open flags
 * and the treatment plan's goals, for a clinician to share with a prescriber.
 *
 * <p>{@link org.thaw.clinician.summary.PrescriberSummaries} gathers the content through the domain's
 * boundaries (each read checked against the care team and audited, as the chart's are) into a
 * {@link org.thaw.clinician.summary.SummaryContent}; {@link org.thaw.clinician.summary.SummaryPdf}
 * lays it out with OpenPDF, as plain Java over that record. Two ways out: {@code GET
 * /clinician/api/patients/{id}/summary.pdf} (bearer tokens, for other systems) and {@link
 * org.thaw.clinician.summary.SummaryServlet} (the chart's download, in the browser session). Out of
 * scope: anything only the care team reads (medication notes, stop reasons, the plan's private note
 * and goal comments) and patients' notes.
 */
package org.thaw.clinician.summary;
