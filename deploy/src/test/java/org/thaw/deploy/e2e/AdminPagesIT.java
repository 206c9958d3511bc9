package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The practice admin's pages in a browser: the header's admin links, "Care teams" (a change through
 * the pick lists, saved, its history shown, then put back), "Audit log" (filters and the paged
 * table) and what a clinician gets there (the "not for your account" page). The admin opens no
 * chart. The thread page hands a thread over through a pick list of the patient's care team.
 */
class AdminPagesIT {

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void theAdminChangesACareTeamThroughPickListsAndSeesTheHistory() throws Exception {
        String devon = Api.patientId(Tokens.accessToken("devon"));
        try (Browser browser = new Browser()) {
            signIn(browser, "admin.kim", "/clinician/care-teams.xhtml");
            List<String> links = browser.driver().findElements(By.cssSelector("nav.thaw-nav a")).stream()
                    .map(a -> a.getAttribute("id"))
                    .toList();
            assertTrue(links.containsAll(List.of("nav-settings", "nav-care-teams", "nav-audit")), links.toString());
            assertTrue(browser.text(By.id("teams:table")).contains("Devon Patel"), browser.text(By.id("teams:table")));
            browser.screenshot("clinician-care-teams");

            change(browser, "Devon Patel");
            assertEquals(
                    "dr.chen",
                    select(browser, "teams:rows:0:clinician")
                            .getFirstSelectedOption()
                            .getAttribute("value"));
            browser.driver().findElement(By.id("teams:add")).click();
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("teams:rows:1:clinician")));
            select(browser, "teams:rows:1:clinician").selectByValue("dr.okafor");
            select(browser, "teams:rows:1:role").selectByValue("COVERING");
            save(browser);
            assertTrue(rowOf(browser, "Devon Patel").contains("(covering)"), rowOf(browser, "Devon Patel"));

            // put the demo's team back: dr.chen alone
            browser.driver()
                    .findElement(By.cssSelector("[id='teams:rows:1:clinician']"))
                    .findElement(By.xpath("ancestor::fieldset//button"))
                    .click();
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.numberOfElementsToBe(By.id("teams:rows:1:clinician"), 0));
            save(browser);
            String history = browser.text(By.id("teams:history"));
            assertTrue(history.contains("Ngozi Okafor"), history);
            assertFalse(rowOf(browser, "Devon Patel").contains("(covering)"), rowOf(browser, "Devon Patel"));
            browser.screenshot("clinician-care-team-editor");

            // the admin opens no chart
            browser.open("/clinician/chart.xhtml?patient=" + devon);
            assertFalse(browser.driver().getPageSource().contains("Journal"), "no chart for the admin");
        }
    }

    @Test
    void theAdminSearchesTheAuditLog() throws Exception {
        // dr.chen opens casey's timeline, so the log holds an access to casey whatever ran before
        String casey = Api.patientId(Tokens.accessToken("casey"));
        assertEquals(
                200,
                Api.get("/clinician/api/patients/" + casey + "/timeline", Tokens.accessToken("dr.chen"))
                        .statusCode());
        try (Browser browser = new Browser()) {
            signIn(browser, "admin.kim", "/clinician/audit.xhtml");
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("audit:events")));
            assertTrue(browser.text(By.id("page-line")).startsWith("Page 1 of"), browser.text(By.id("page-line")));
            assertEquals(
                    1, browser.driver().findElements(By.id("audit:download")).size(), "Download CSV");
            new Select(browser.driver().findElement(By.id("audit:patient"))).selectByVisibleText("Casey Brooks");
            browser.driver().findElement(By.id("audit:search")).click();
            browser.wait(Duration.ofSeconds(30))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> !d.findElements(By.cssSelector("[id='audit:events'] .event-patient"))
                                    .isEmpty()
                            && d.findElements(By.cssSelector("[id='audit:events'] .event-patient")).stream()
                                    .allMatch(e -> e.getText().contains("Casey")));
            browser.screenshot("clinician-audit");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            browser.open("/clinician/audit.xhtml");
            browser.screenshot("clinician-audit-phone");
        }
    }

    @Test
    void aClinicianGetsTheNotForYourAccountPageOnTheAdminPages() {
        try (Browser browser = new Browser()) {
            signIn(browser, "dr.rivera", "/clinician/care-teams.xhtml");
            assertTrue(browser.text(By.id("forbidden")).contains("not for your account"));
            assertTrue(browser.driver().findElements(By.id("teams:table")).isEmpty());
            browser.open("/clinician/audit.xhtml");
            assertTrue(browser.text(By.id("forbidden")).contains("not for your account"));
            assertTrue(browser.driver().findElements(By.id("audit:events")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("nav-care-teams")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("nav-audit")).isEmpty());
        }
    }

    @Test
    void aThreadIsHandedToAColleagueFromThePatientsCareTeam() throws Exception {
        String rivera = Tokens.accessToken("dr.rivera");
        String alex = Api.patientId(Tokens.accessToken("alex"));
        String thread = (String) Api.object(Api.post(
                        "/clinician/api/threads",
                        rivera,
                        "{\"patientId\": \"" + alex
                                + "\", \"subject\": \"Hand-over check\", \"body\": \"For a colleague.\","
                                + " \"idempotencyKey\": \"admin-pages-handover\"}"))
                .get("threadId");
        try (Browser browser = new Browser()) {
            signIn(browser, "dr.rivera", "/clinician/thread.xhtml?id=" + thread);
            Select colleagues = select(browser, "thread:colleague");
            List<String> offered = colleagues.getOptions().stream()
                    .map(o -> o.getAttribute("value"))
                    .filter(v -> !v.isEmpty())
                    .toList();
            assertEquals(List.of("dr.okafor"), offered, "alex's care team but the caller");
            colleagues.selectByValue("dr.okafor");
            browser.driver().findElement(By.id("thread:hand-to")).click();
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("thread:thread-assigned"), "Okafor"));
        }
    }

    private static void signIn(Browser browser, String username, String page) {
        browser.open(page);
        browser.signIn(username);
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        browser.open(page);
    }

    private static Select select(Browser browser, String id) {
        return new Select(
                browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id(id))));
    }

    private static void change(Browser browser, String patient) {
        WebElement button = browser.driver()
                .findElement(By.xpath("//*[@id='teams:table']//tr[.//*[normalize-space()='" + patient + "']]//button"));
        button.click();
        browser.wait(Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("teams:rows:0:clinician")));
    }

    private static void save(Browser browser) {
        browser.driver().findElement(By.id("teams:save")).click();
        browser.wait(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("teams:messages"), "is saved"));
    }

    private static String rowOf(Browser browser, String patient) {
        return browser.driver()
                .findElement(By.xpath("//*[@id='teams:table']//tr[.//*[normalize-space()='" + patient + "']]"))
                .getText();
    }
}
