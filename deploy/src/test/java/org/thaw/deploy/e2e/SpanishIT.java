package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A Spanish-speaking patient: devon (demo) chooses Español in the header, and from then on reads
 * the portal in Spanish ({@code <html lang="es">}), opens Keycloak's account pages (sign-in
 * security) in Spanish, checks in, writes to the care team and gets the reply's e-mail in Spanish;
 * dr.chen reads devon's chart and casey's flag evidence (the demo's
 * too) and severities in Spanish, then in English. At the end devon goes back to English, as the
 * other tests expect, and Keycloak's pages follow back.
 */
class SpanishIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String DEVON = "devon@thaw.example";
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void aSpanishPatientChecksInAndWritesInSpanishAndTheClinicianReadsInEnglish() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String subject = "Me siento apagado " + marker;
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser()) {
            browser.open("/portal/");
            browser.signIn("devon");
            assertEquals("en", lang(browser), "the browser asks for English, so English first");
            choose(browser, "es");
            assertEquals("es", lang(browser), "the switch applies at once");
            assertEquals("Diario", browser.text(By.id("nav-journal")));
            assertTrue(browser.text(By.id("today-title")).contains("Registro de hoy"));
            found.addAll(Axe.violations(browser.driver(), "Spanish portal home"));
            browser.screenshot("portal-home-es");
            // the choice reaches Keycloak: sign-in security opens its account pages in Spanish
            assertEquals("Iniciando sesión", keycloakAccountPage(browser, "keycloak-account-es"));

            // the choice is kept on the record: a new page (and a new session) is Spanish too
            browser.open("/portal/journal.xhtml");
            assertEquals("es", lang(browser));
            assertEquals(
                    "¿Cuánto entumecimiento emocional sintió? 0 = nada, 10 = totalmente",
                    browser.text(By.cssSelector("fieldset:has(#journal\\:numbness) legend")));
            // the page as it opens, as AccessibilityIT sweeps every page
            found.addAll(Axe.violations(browser.driver(), "Spanish journal"));
            browser.driver().findElement(By.id("journal:numbness:4")).click();
            assertEquals(
                    "Triste",
                    browser.driver()
                            .findElement(By.cssSelector("label[for='journal:emotions:5']"))
                            .getText());
            browser.driver().findElement(By.id("journal:emotions:5")).click();
            browser.driver().findElement(By.id("journal:save")).click();
            browser.wait(WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("journal:messages"), "Se guardó su registro de hoy."));
            browser.screenshot("portal-journal-es");
            // the trend chart's date axis writes its days as the page does ("3 dic"), never "3 Dec"
            browser.open("/portal/journal.xhtml");
            List<String> ticks = axisLabels(browser);
            assertTrue(
                    !ticks.isEmpty()
                            && ticks.stream()
                                    .allMatch(t ->
                                            t.matches("\\d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)")),
                    "the chart's days in Spanish: " + ticks);

            browser.open("/portal/messages.xhtml");
            assertEquals("Mensajes", browser.text(By.cssSelector("#threads-card h1")));
            browser.driver().findElement(By.id("compose:subject")).sendKeys(subject);
            browser.driver().findElement(By.id("compose:message-body")).sendKeys("Esta semana casi no siento nada.");
            assertTrue(browser.text(By.id("compose:message-body-counter")).length() > 0);
            browser.driver().findElement(By.id("compose:send")).click();
            browser.wait(WAIT).until(ExpectedConditions.textToBe(By.id("thread-subject"), subject));
            assertEquals("Responder", browser.text(By.cssSelector("#reply-card h2")));

            browser.open("/portal/screeners.xhtml");
            assertEquals("es", lang(browser));
            String page = browser.driver().findElement(By.tagName("main")).getText();
            assertTrue(
                    page.contains("Nada que responder ahora")
                            || page.contains("Este cuestionario se muestra en inglés")
                            || page.contains("Traducción de Thaw"),
                    "the questionnaires page is in Spanish, and an English-only one says why: " + page);

            // signed out, this browser (which asks for English) gets Keycloak's sign-in page in Spanish
            assertEquals("es", signInPageLanguageAfterSignOut(browser));
            browser.screenshot("keycloak-sign-in-es");
        }
        assertEquals(List.of(), found, "critical or serious axe violations:\n" + String.join("\n", found));

        // devon, in Spanish, answers Thaw's numbness check (the Spanish version is Thaw's own)
        HttpResponse<String> check = Api.post(
                "/portal/api/screeners/NUMBNESS/responses",
                Tokens.accessToken("devon"),
                "{\"answers\": {\"numb-1\": 1, \"numb-2\": 1, \"numb-3\": 1, \"numb-4\": 1, \"numb-5\": 1,"
                        + " \"numb-6\": 1, \"numb-7\": 1, \"numb-8\": 1, \"numb-9\": 1, \"numb-10\": 1,"
                        + " \"numb-duration\": \"days\", \"numb-triggers\": [\"grief\"], \"numb-medication\": \"no\"},"
                        + " \"idempotencyKey\": \"devon-numb-" + marker + "\"}");
        assertTrue(check.statusCode() == 201 || check.statusCode() == 200, check.body());

        // casey (numb for two weeks) checks in numb today: the engine adds evidence to casey's
        // persistent-numbness flag, which each reader reads in their own language
        String caseyToken = Tokens.accessToken("casey");
        LocalDate caseyToday = Api.today(caseyToken);
        HttpResponse<String> numb = Api.put("/portal/api/journal/" + caseyToday, caseyToken, "{\"numbness\": 8}");
        assertTrue(numb.statusCode() == 201 || numb.statusCode() == 200, numb.body());
        String caseyId = Api.patientId(caseyToken);

        // dr.chen chooses Español in the clinician app's header and reads devon's chart in Spanish, the
        // answers' words too; back in English, the same answers read in English: they follow the reader
        String chen = Tokens.accessToken("dr.chen");
        String devonId = Api.patientId(Tokens.accessToken("devon"));
        try (Browser browser = new Browser()) {
            browser.open("/clinician/chart.xhtml?patient=" + devonId);
            browser.signIn("dr.chen");
            browser.open("/clinician/chart.xhtml?patient=" + devonId); // sign-in lands on the home page
            assertEquals("en", lang(browser));
            assertTrue(browser.driver().getPageSource().contains("Journal, last 30 days"));
            choose(browser, "es");
            browser.open("/clinician/chart.xhtml?patient=" + devonId);
            assertEquals("es", lang(browser), "the clinician's choice is kept");
            assertEquals("Panel", browser.text(By.id("nav-dashboard")));
            assertEquals("← Panel", browser.text(By.id("back")));
            String chart = browser.driver().findElement(By.tagName("main")).getText();
            assertTrue(chart.contains("Diario, últimos 30 días") && chart.contains("Cuestionarios"), chart);
            String answers = answersOfTheNumbnessCheck(browser, "Revisión de entumecimiento");
            assertTrue(answers.contains("Sentirse apagado/a") && answers.contains("Un poco"), answers);
            assertTrue(
                    browser.driver().findElements(By.cssSelector("#screeners h3")).stream()
                            .anyMatch(h -> h.getText().equals("Revisión de entumecimiento")),
                    "the score chart's title in Spanish");
            assertTrue(
                    browser.driver().findElements(By.cssSelector(".screener-band")).stream()
                            .anyMatch(b -> b.getText().contains("señales de entumecimiento")),
                    "the band in Spanish");
            found.addAll(Axe.violations(browser.driver(), "Spanish chart"));
            browser.screenshot("clinician-chart-es");

            // the flag's evidence in Spanish, its days in the Spanish date format
            browser.open("/clinician/chart.xhtml?patient=" + caseyId);
            String flags = browser.text(By.id("chart:flags"));
            assertTrue(
                    flags.contains("embotamiento ≥ 6 en ") && flags.contains(" – " + day(caseyToday, SPANISH)),
                    "a Spanish evidence sentence: " + flags);
            assertTrue(
                    browser.driver().findElements(By.cssSelector("[id='chart:flags'] .thaw-flag-severity")).stream()
                            .anyMatch(b -> b.getText().equals("ALTA")),
                    "the severity badge in Spanish");
            // the demo's evidence too: casey's worsening scores in Spanish, none of its English sentences
            assertTrue(flags.contains(" más que el primero ("), "the demo's worsening evidence in Spanish: " + flags);
            for (String english :
                    List.of("up 6 from the first", "up 5 from the first", "blunting 7 of 10", "mean numbness")) {
                assertTrue(!flags.contains(english), "no English demo evidence (" + english + "): " + flags);
            }
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "arguments[0].scrollIntoView()", browser.driver().findElement(By.id("chart:flags")));
            browser.screenshot("clinician-chart-evidence-es");

            choose(browser, "en");
            browser.open("/clinician/chart.xhtml?patient=" + devonId);
            assertEquals("en", lang(browser));
            answers = answersOfTheNumbnessCheck(browser, "Numbness check");
            assertTrue(answers.contains("Feeling flat") && answers.contains("A little"), answers);
            assertTrue(!answers.contains("Sentirse apagado/a"), answers);

            browser.open("/clinician/chart.xhtml?patient=" + caseyId);
            String english = browser.text(By.id("chart:flags"));
            assertTrue(
                    english.contains("numbness ≥ 6 on ") && english.contains(" – " + day(caseyToday, Locale.ENGLISH)),
                    "the same evidence in English: " + english);
            assertTrue(!english.contains("embotamiento"), english);
        }
        assertEquals(List.of(), found, "critical or serious axe violations:\n" + String.join("\n", found));
        String threadId = threadOf(chen, subject);
        int before = mailTo(DEVON).size();
        HttpResponse<String> reply = Api.send(
                "POST",
                "/clinician/api/threads/" + threadId + "/messages",
                chen,
                Api.json(Map.of("body", "Gracias, hablamos el jueves.", "idempotencyKey", "chen-" + marker)));
        assertTrue(reply.statusCode() == 201 || reply.statusCode() == 200, reply.body());
        MimeMessage mail = awaitMail(DEVON, before);
        assertEquals("Tiene un mensaje seguro nuevo en Thaw", mail.getSubject());
        String body = String.valueOf(mail.getContent()).replace("\r\n", "\n");
        assertTrue(body.contains("Inicie sesión para leerlo:"), body);
        assertTrue(!body.contains(subject) && !body.contains("jueves"), "nothing of the message: " + body);

        // back to English for the other tests
        try (Browser browser = new Browser()) {
            browser.open("/portal/");
            browser.signIn("devon");
            assertEquals("es", lang(browser), "a new sign-in keeps the record's language");
            choose(browser, "en");
            assertEquals("en", lang(browser));
            assertEquals("Journal", browser.text(By.id("nav-journal")));
            // Keycloak follows back to English
            assertEquals("Signing in", keycloakAccountPage(browser, "keycloak-account-en"));
            assertEquals("en", signInPageLanguageAfterSignOut(browser));
        }
    }

    /** Opens the newest result of the numbness check on the chart (its title as the reader reads it) and reads its answers. */
    private static String answersOfTheNumbnessCheck(Browser browser, String title) {
        By toggler = By.xpath("(//tr[.//span[contains(@class,'screener-instrument') and normalize-space()='" + title
                + "']]//div[contains(@class,'ui-row-toggler')])[1]");
        browser.wait(WAIT)
                .until(ExpectedConditions.elementToBeClickable(toggler))
                .click();
        return browser.wait(WAIT).until(d -> {
            List<WebElement> tables = d.findElements(By.cssSelector("table.thaw-answers"));
            return tables.isEmpty() ? null : tables.get(0).getText();
        });
    }

    /** A day as the pages write it in {@code locale}: "4 Dec 2026", "4 dic 2026". */
    private static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(day).replace(".", "");
    }

    /**
     * Opens sign-in security from the portal's home and returns the heading of Keycloak's page (in
     * Keycloak's own words) with a screenshot of it, then comes back to the portal.
     */
    private static String keycloakAccountPage(Browser browser, String screenshot) {
        browser.open("/portal/");
        browser.driver().findElement(By.id("account-security")).click();
        String heading = browser.wait(Duration.ofSeconds(90)).until(d -> {
            String page = d.findElement(By.tagName("body")).getText();
            return page.contains("Iniciando sesión")
                    ? "Iniciando sesión"
                    : page.contains("Signing in") ? "Signing in" : null;
        });
        assertTrue(
                !browser.driver()
                        .findElements(By.cssSelector("header img[src$='thaw-wordmark.svg']"))
                        .isEmpty(),
                "Keycloak's account pages wear Thaw's name in their header");
        browser.screenshot(screenshot);
        browser.open("/portal/");
        return heading;
    }

    /** Signs out, opens the portal again and returns the language of Keycloak's sign-in page. */
    private static String signInPageLanguageAfterSignOut(Browser browser) {
        browser.open("/portal/");
        browser.wait(WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("logout")))
                .click();
        browser.wait(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signed-out h1")));
        browser.open("/portal/");
        browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The date axis labels of the page's charts, once Chart.js has drawn them. */
    @SuppressWarnings("unchecked")
    private static List<String> axisLabels(Browser browser) {
        return (List<String>) browser.wait(WAIT).until(d -> ((JavascriptExecutor) d)
                .executeScript("var labels = []; for (var id in PrimeFaces.widgets) {"
                        + " var w = PrimeFaces.widgets[id]; if (w && w.chart && w.chart.scales.x) {"
                        + " w.chart.scales.x.ticks.forEach(function (t) { labels.push(String(t.label)); }); } }"
                        + " return labels.length ? labels : null;"));
    }

    private static String lang(Browser browser) {
        browser.wait(WAIT)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
    }

    /** Chooses a language in the header switch and applies it. */
    private static void choose(Browser browser, String language) {
        WebElement apply = browser.driver().findElement(By.id("language-form:language-apply"));
        new Select(browser.driver().findElement(By.id("language-form:language"))).selectByValue(language);
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click()", apply);
        browser.wait(WAIT).until(ExpectedConditions.stalenessOf(apply));
        browser.wait(WAIT)
                .until(d -> language.equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    private static String threadOf(String token, String subject) throws Exception {
        HttpResponse<String> list = Api.send("GET", "/clinician/api/threads?size=100", token, null);
        assertEquals(200, list.statusCode(), list.body());
        List<Object> items = JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(list.body()), "items");
        for (Object item : items) {
            Map<?, ?> thread = (Map<?, ?>) item;
            if (subject.equals(thread.get("subject"))) {
                return (String) thread.get("id");
            }
        }
        return fail("no thread " + subject + " for dr.chen: " + list.body());
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : TestStack.mail().getReceivedMessages()) {
            Address[] to = m.getRecipients(Message.RecipientType.TO);
            for (Address a : to == null ? new Address[0] : to) {
                if (a instanceof InternetAddress ia && ia.getAddress().equalsIgnoreCase(address)) {
                    found.add(m);
                }
            }
        }
        return found;
    }

    private static MimeMessage awaitMail(String address, int before) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<MimeMessage> mails = mailTo(address);
            if (mails.size() > before) {
                return mails.get(mails.size() - 1);
            }
            if (System.nanoTime() > deadline) {
                return fail("no e-mail to " + address + " within 30 s");
            }
            TestStack.mail().waitForIncomingEmail(500, TestStack.mail().getReceivedMessages().length + 1);
        }
    }
}
