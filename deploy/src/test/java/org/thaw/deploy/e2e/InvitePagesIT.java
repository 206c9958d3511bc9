package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.util.JSONArrayUtils;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.thaw.deploy.Stack;

/**
 * The invitation and account pages in a browser, with the real Keycloak and its e-mail: dr.rivera
 * fills "Invite a patient" (refusals named beside their fields first), lands on the new chart with
 * the invitation sent; the patient follows the e-mail's link, chooses a password and lands on their
 * intake; the chart then shows the invitation accepted, and its account section disables (after a
 * confirmation) and enables the account, cancels and re-sends another invitation. A second
 * invitation to a known address is refused on the e-mail field and creates nothing. The practice
 * admin adds a clinician on "Clinicians" (a clinician gets the "not for your account" page there)
 * and invites a patient naming their primary clinician. With Keycloak stopped the page says that
 * accounts cannot be created right now. Addresses are unique per run: the stack is shared.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvitePagesIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String PASSWORD = "Juniper-chooses-2026";

    private static String email;
    private static String patientId;

    @BeforeAll
    static void stack() {
        TestStack.get();
        email = "juniper." + System.nanoTime() + "@thaw.example";
    }

    @Test
    @Order(1)
    void aClinicianInvitesOnThePageAndThePatientSetsAPasswordFromTheEmailAndLandsOnTheirIntake() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "dr.rivera", "/clinician/invite.xhtml");
            assertEquals(1, browser.driver().findElements(By.id("nav-invite")).size(), "in the header");
            assertTrue(
                    browser.driver()
                            .findElements(By.id("invite:primaryClinician"))
                            .isEmpty(),
                    "a clinician is it");

            // nothing typed: each refusal beside its field, named
            send(browser);
            assertTrue(
                    message(browser, "firstName").startsWith("First name: is required"), message(browser, "firstName"));
            assertTrue(message(browser, "email").startsWith("E-mail: is required"), message(browser, "email"));
            assertTrue(message(browser, "email").contains("Nothing was created"), message(browser, "email"));

            fill(browser, "Juniper", "Invited", email);
            browser.driver().findElement(By.id("invite:timeZone")).sendKeys("UTC+2");
            send(browser);
            assertTrue(
                    message(browser, "timeZone").startsWith("Time zone: must be a region"),
                    message(browser, "timeZone"));
            assertEquals(
                    email, browser.driver().findElement(By.id("invite:email")).getAttribute("value"), "kept");

            browser.driver().findElement(By.id("invite:timeZone")).clear();
            browser.driver().findElement(By.id("invite:timeZone")).sendKeys("Europe/Oslo");
            new Select(browser.driver().findElement(By.id("invite:language"))).selectByValue("en");
            browser.driver()
                    .findElement(By.cssSelector("input[name='invite:intake'][value='PCL-5']"))
                    .click();
            browser.screenshot("clinician-invite");
            send(browser);
            browser.wait(WAIT).until(ExpectedConditions.urlContains("/clinician/chart.xhtml"));
            patientId = browser.driver().getCurrentUrl().replaceAll(".*patient=([0-9a-f-]+).*", "$1");
            assertEquals("Juniper Invited", browser.text(By.id("patient-name")));
            assertEquals("Sent", browser.text(By.id("chart:invitation-status")));
            assertEquals("May sign in", browser.text(By.id("chart:account-state")));
            assertTrue(!browser.text(By.id("chart:invitation-expires")).isBlank());
            assertEquals(
                    1,
                    browser.driver().findElements(By.id("chart:account-cancel")).size());
            assertTrue(
                    browser.driver()
                            .findElements(By.id("chart:account-disable"))
                            .isEmpty(),
                    "nothing to disable yet");
        }
        assertEquals(
                List.of("PRIMARY dr.rivera", "PCL-5", "Europe/Oslo"),
                List.of(
                        InvitationsIT.single(
                                "select m.role || ' ' || c.username from thaw.care_team_member m join thaw.clinician c"
                                        + " on c.id = m.clinician_id where m.patient_id = ?::uuid",
                                patientId),
                        InvitationsIT.single(
                                "select instrument from thaw.screener_assignment where patient_id = ?::uuid",
                                patientId),
                        InvitationsIT.single("select time_zone from thaw.patient where id = ?::uuid", patientId)));

        String link = InvitationsIT.actionLink(email);
        try (Browser browser = new Browser()) {
            AcceptInvitation.openLink(browser, link);
            AcceptInvitation.choosePassword(browser, PASSWORD);
            AcceptInvitation.startIntake(browser, email, PASSWORD);
            browser.wait(WAIT).until(d -> d.getPageSource().contains("numb"));
        }
    }

    @Test
    @Order(2)
    void theChartShowsTheAcceptedInvitationAndDisablesTheAccountAfterAConfirmationThenEnablesIt() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "dr.rivera", "/clinician/chart.xhtml?patient=" + patientId);
            assertEquals("Accepted", browser.text(By.id("chart:invitation-status")));
            assertTrue(
                    browser.driver().findElements(By.id("chart:account-cancel")).isEmpty(), "accepted: not cancelled");
            assertTrue(
                    browser.driver().findElements(By.id("chart:account-resend")).isEmpty());

            browser.driver().findElement(By.id("chart:account-disable")).click();
            browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("account-confirm-text")));
            assertTrue(browser.text(By.id("account-confirm-text")).contains("Juniper Invited"));
            browser.driver().findElement(By.id("chart:account-disable-no")).click();
            browser.wait(WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id("account-confirm-text")));
            assertEquals("May sign in", browser.text(By.id("chart:account-state")), "kept enabled");
            assertEquals(Boolean.TRUE, keycloakUser(email).get("enabled"));

            browser.driver().findElement(By.id("chart:account-disable")).click();
            browser.wait(WAIT)
                    .until(ExpectedConditions.elementToBeClickable(By.id("chart:account-disable-yes")))
                    .click();
            browser.wait(WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("chart:account-state"), "Disabled: cannot sign in"));
            assertTrue(growl(browser).contains("Account disabled"), growl(browser));
            browser.screenshot("clinician-chart-account");
            assertEquals(Boolean.FALSE, keycloakUser(email).get("enabled"));

            browser.driver().findElement(By.id("chart:account-enable")).click();
            browser.wait(WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("chart:account-state"), "May sign in"));
            assertTrue(growl(browser).contains("Account enabled"), growl(browser));
            assertEquals(Boolean.TRUE, keycloakUser(email).get("enabled"));
        }
    }

    @Test
    @Order(3)
    void anUnusedInvitationIsCancelledAndSentAgainFromTheChart() throws Exception {
        String other = "kestrel." + System.nanoTime() + "@thaw.example";
        try (Browser browser = new Browser()) {
            signIn(browser, "dr.rivera", "/clinician/invite.xhtml");
            fill(browser, "Kestrel", "Invited", other);
            send(browser);
            browser.wait(WAIT).until(ExpectedConditions.urlContains("/clinician/chart.xhtml"));
            assertEquals("Sent", browser.text(By.id("chart:invitation-status")));

            browser.driver().findElement(By.id("chart:account-cancel")).click();
            browser.wait(WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("chart:invitation-status"), "Cancelled"));
            assertTrue(growl(browser).contains("Invitation cancelled"), growl(browser));
            assertEquals("Disabled: cannot sign in", browser.text(By.id("chart:account-state")));
            assertTrue(
                    browser.driver().findElements(By.id("chart:account-enable")).isEmpty(), "re-sending opens it");
            assertEquals(Boolean.FALSE, keycloakUser(other).get("enabled"));

            browser.driver().findElement(By.id("chart:account-resend")).click();
            browser.wait(WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("chart:invitation-status"), "Sent"));
            assertTrue(growl(browser).contains("Invitation sent again"), growl(browser));
            assertEquals(Boolean.TRUE, keycloakUser(other).get("enabled"));
        }
        assertEquals(2, InvitationsIT.waitForMails(other, 2), "the first e-mail and the one sent again");
    }

    @Test
    @Order(4)
    void aSecondInvitationToAKnownAddressIsRefusedOnTheEmailFieldAndCreatesNothing() throws Exception {
        try (Browser browser = new Browser()) {
            signIn(browser, "dr.chen", "/clinician/invite.xhtml");
            fill(browser, "Juniper", "Again", email.toUpperCase(Locale.ROOT));
            send(browser);
            assertTrue(
                    message(browser, "email").startsWith("E-mail: belongs to an account already"),
                    message(browser, "email"));
            assertTrue(browser.driver().getCurrentUrl().contains("/clinician/invite.xhtml"), "stays on the page");
        }
        assertEquals(
                "1", InvitationsIT.single("select count(*) from thaw.patient where lower(email) = lower(?)", email));
        assertEquals(
                1,
                JSONArrayUtils.parse(TestStack.get().keycloakAdmin().usersByEmail(email))
                        .size());
    }

    @Test
    @Order(5)
    void theAdminAddsAClinicianOnTheCliniciansPageAndInvitesAPatientNamingTheirPrimaryClinician() throws Exception {
        String address = "dr.moss." + System.nanoTime() + "@thaw.example";
        try (Browser browser = new Browser()) {
            signIn(browser, "admin.kim", "/clinician/clinicians.xhtml");
            assertEquals(
                    1, browser.driver().findElements(By.id("nav-clinicians")).size());
            assertTrue(browser.text(By.id("clinicians:table")).contains("dr.rivera"));
            send(browser, "clinicians:add");
            assertTrue(
                    message(browser, "clinicians", "lastName").startsWith("Last name: is required"),
                    message(browser, "clinicians", "lastName"));

            browser.driver().findElement(By.id("clinicians:firstName")).sendKeys("Rowan");
            browser.driver().findElement(By.id("clinicians:lastName")).sendKeys("Moss");
            browser.driver().findElement(By.id("clinicians:email")).sendKeys(address);
            browser.driver().findElement(By.id("clinicians:add")).click();
            browser.wait(WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("clinicians:messages"), "Invitation sent to Rowan Moss"));
            String row = browser.driver()
                    .findElement(By.xpath("//*[@id='clinicians:table']//tr[.//*[normalize-space()='" + address + "']]"))
                    .getText();
            assertTrue(row.contains("Rowan Moss") && row.contains("Sent; the link works until"), row);
            browser.screenshot("clinician-clinicians");
            assertEquals(
                    List.of("CONFIGURE_TOTP", "UPDATE_PASSWORD", "VERIFY_EMAIL"),
                    ((List<?>) keycloakUser(address).get("requiredActions"))
                            .stream().map(String::valueOf).sorted().toList(),
                    "OTP at first sign-in");

            String patient = "linnet." + System.nanoTime() + "@thaw.example";
            browser.open("/clinician/invite.xhtml");
            fill(browser, "Linnet", "Invited", patient);
            send(browser);
            assertTrue(
                    message(browser, "primaryClinician").startsWith("Primary clinician: is required"),
                    message(browser, "primaryClinician"));
            new Select(browser.driver().findElement(By.id("invite:primaryClinician"))).selectByValue("dr.chen");
            send(browser);
            browser.wait(WAIT)
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("invite:messages"), "Invitation sent to Linnet Invited. Status: Sent"));
            assertEquals(
                    "",
                    browser.driver().findElement(By.id("invite:email")).getAttribute("value"),
                    "ready for the next");
            assertEquals(
                    "PRIMARY dr.chen",
                    InvitationsIT.single(
                            "select m.role || ' ' || c.username from thaw.care_team_member m join thaw.clinician c"
                                    + " on c.id = m.clinician_id join thaw.patient p on p.id = m.patient_id"
                                    + " where p.email = ?",
                            patient));
        }
        try (Browser browser = new Browser()) {
            signIn(browser, "dr.rivera", "/clinician/clinicians.xhtml");
            assertTrue(browser.text(By.id("forbidden")).contains("not for your account"));
            assertTrue(browser.driver().findElements(By.id("clinicians:table")).isEmpty());
            assertTrue(browser.driver().findElements(By.id("nav-clinicians")).isEmpty());
        }
    }

    @Test
    @Order(6)
    void withKeycloakStoppedTheInvitePageSaysAccountsCannotBeCreatedAndCreatesNothing() throws Exception {
        String other = "merlin." + System.nanoTime() + "@thaw.example";
        Stack stack = TestStack.get();
        try (Browser browser = new Browser()) {
            signIn(browser, "dr.rivera", "/clinician/invite.xhtml");
            fill(browser, "Merlin", "Invited", other);
            stack.stopKeycloak();
            try {
                send(browser);
                browser.wait(WAIT)
                        .until(ExpectedConditions.textToBePresentInElementLocated(
                                By.id("invite:messages"), "Accounts cannot be created right now"));
                assertEquals(
                        other,
                        browser.driver().findElement(By.id("invite:email")).getAttribute("value"),
                        "kept");
            } finally {
                stack.startKeycloak();
            }
        }
        assertEquals(
                "0", InvitationsIT.single("select count(*) from thaw.patient where lower(email) = lower(?)", other));
    }

    private static void signIn(Browser browser, String username, String page) {
        browser.open(page);
        browser.signIn(username);
        browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        browser.open(page);
    }

    private static void fill(Browser browser, String first, String last, String address) {
        for (String[] field :
                List.of(new String[] {"invite:firstName", first}, new String[] {"invite:lastName", last}, new String[] {
                    "invite:email", address
                })) {
            WebElement input = browser.driver().findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
    }

    /** Sends the invite form and waits for its answer. */
    private static void send(Browser browser) {
        send(browser, "invite:send");
    }

    /** Clicks the button and waits for its answer (the ajax queue empty again, or another page loaded). */
    private static void send(Browser browser, String buttonId) {
        WebElement button = browser.driver().findElement(By.id(buttonId));
        String before = (String) ((JavascriptExecutor) browser.driver())
                .executeScript("return window.thawMark = Math.random().toString()");
        button.click();
        browser.wait(WAIT).until(d -> {
            Object mark = ((JavascriptExecutor) d).executeScript("return window.thawMark");
            if (!before.equals(mark)) {
                return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"));
            }
            return Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return !!window.PrimeFaces && PrimeFaces.ajax.Queue.isEmpty()"));
        });
    }

    private static String message(Browser browser, String field) {
        return message(browser, "invite", field);
    }

    private static String message(Browser browser, String form, String field) {
        return browser.wait(WAIT)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(form + ":" + field + "-message")))
                .getText();
    }

    /** The chart's messages shown now, one a line. */
    private static String growl(Browser browser) {
        browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-growl-message")));
        return String.join(
                "\n",
                browser.driver().findElements(By.cssSelector(".ui-growl-message")).stream()
                        .map(WebElement::getText)
                        .toList());
    }

    private static Map<?, ?> keycloakUser(String address) throws Exception {
        return (Map<?, ?>)
                JSONArrayUtils.parse(TestStack.get().keycloakAdmin().usersByEmail(address.toLowerCase(Locale.ROOT)))
                        .get(0);
    }
}
