package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.nimbusds.jose.util.JSONArrayUtils;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The prescriber summary end to end: dr.chen's token downloads casey's summary (the demo's
 * sertraline course and its possible blunting); it is a PDF that opens and says casey's latest
 * PHQ-9 total, her medication and her open flags in their clinical wording. dr.rivera, of another
 * team, gets the same 404 as for an unknown id; casey's own token gets 403; no token 401. In the
 * browser, the chart's "Prescriber summary (PDF)" link gives the same PDF in dr.chen's session.
 */
class SummaryIT {

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void aClinicianDownloadsTheirPatientsSummaryAndNoOneElseCan() throws Exception {
        String chen = Tokens.accessToken("dr.chen");
        String caseyToken = Tokens.accessToken("casey");
        String casey = Api.patientId(caseyToken);
        String path = "/clinician/api/patients/" + casey + "/summary.pdf";

        HttpResponse<byte[]> summary = Api.download(path, chen, null);
        assertEquals(200, summary.statusCode());
        assertEquals(
                "application/pdf", summary.headers().firstValue("Content-Type").orElse(""), "the summary is a PDF");
        assertTrue(
                summary.headers().firstValue("Content-Disposition").orElse("").contains("prescriber-summary-"),
                "saved as a file whose name holds no name of the patient");
        // kept beside the screenshots: the guide's picture of the summary is its first page
        Path saved = Path.of("target", "screenshots", "prescriber-summary.pdf");
        Files.createDirectories(saved.getParent());
        Files.write(saved, summary.body());
        String text = text(summary.body());
        assertTrue(text.contains("Casey Brooks"), text);
        assertTrue(text.contains("Thaw supports clinicians; it does not diagnose."), text);
        assertTrue(text.contains(latestPhq9(casey, chen) + " / 27"), "casey's latest PHQ-9 total: " + text);
        assertTrue(text.contains("sertraline"), "her medication: " + text);
        for (String flag : openFlags(casey, chen)) {
            assertTrue(text.contains(flag), "the open flag " + flag + ": " + text);
        }
        assertTrue(text.contains("Copyright © Pfizer Inc."), "the PHQ-9/GAD-7 notice: " + text);

        // another team's patient is the same 404 as an unknown one; a patient's token is 403; none is 401
        HttpResponse<byte[]> otherTeam = Api.download(path, Tokens.accessToken("dr.rivera"), null);
        assertEquals(404, otherTeam.statusCode());
        HttpResponse<byte[]> unknown =
                Api.download("/clinician/api/patients/00000000-0000-0000-0000-000000000000/summary.pdf", chen, null);
        assertEquals(404, unknown.statusCode());
        assertEquals(new String(unknown.body()), new String(otherTeam.body()), "nothing tells the two apart");
        assertEquals(403, Api.download(path, caseyToken, null).statusCode());
        assertEquals(401, Api.download(path, null, null).statusCode());
    }

    @Test
    void theChartsLinkGivesTheSummaryInTheBrowserSession() throws Exception {
        String casey = Api.patientId(Tokens.accessToken("casey"));
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + casey);
            browser.signIn("dr.chen");
            String link = browser.text(By.id("chart:summary-pdf"));
            assertEquals("Prescriber summary (PDF)", link);
            String href =
                    browser.driver().findElement(By.id("chart:summary-pdf")).getAttribute("href");
            assertNotNull(href);
            String relative = href.substring(TestStack.baseUrl().length());
            assertEquals("/clinician/summary.pdf?patient=" + casey, relative, "no more in the URL than the chart's");
            String cookies = browser.driver().manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));

            HttpResponse<byte[]> pdf = Api.download(relative, null, cookies);
            assertEquals(200, pdf.statusCode());
            assertEquals(
                    "application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            String text = text(pdf.body());
            assertTrue(text.contains("Casey Brooks") && text.contains("sertraline"), text);

            // the session opens no other team's summary, and no summary without a session
            String alex = Api.patientId(Tokens.accessToken("alex"));
            assertEquals(
                    404,
                    Api.download("/clinician/summary.pdf?patient=" + alex, null, cookies)
                            .statusCode());
            int signedOut = Api.download(relative, null, null).statusCode();
            assertTrue(signedOut == 302 || signedOut == 303, "without a session: off to sign in, " + signedOut);
        }
    }

    /** The PDF's text (one or two pages), its white space made single spaces: table cells break lines anywhere. */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        assertTrue(reader.getNumberOfPages() <= 2, "one or two pages, not " + reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        if (reader.getNumberOfPages() == 2) {
            text += " " + new PdfTextExtractor(reader).getTextFromPage(2);
        }
        return text.replaceAll("\\s+", " ");
    }

    /** The newest PHQ-9 total, as the screeners API lists the results (oldest first). */
    private static long latestPhq9(String patient, String token) throws Exception {
        List<Object> results = JSONArrayUtils.parse(Api.get("/clinician/api/patients/" + patient + "/screeners", token)
                .body());
        Map<?, ?> latest = results.stream()
                .map(r -> (Map<?, ?>) r)
                .filter(r -> "PHQ-9".equals(r.get("instrument")))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("casey has a PHQ-9 result in the demo"));
        return ((Number) latest.get("total")).longValue();
    }

    /** The labels of the flags not yet resolved. */
    private static List<String> openFlags(String patient, String token) throws Exception {
        return JSONArrayUtils.parse(Api.get("/clinician/api/patients/" + patient + "/flags", token)
                        .body())
                .stream()
                .map(f -> (Map<?, ?>) f)
                .filter(f -> !"RESOLVED".equals(f.get("status")))
                .map(f -> (String) f.get("label"))
                .toList();
    }
}
