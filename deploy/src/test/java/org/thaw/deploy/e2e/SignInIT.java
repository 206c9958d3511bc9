package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Signing in through Keycloak's real login page, in a real browser, on both apps. */
class SignInIT {

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void patientSignsInToThePortalAndIsGreetedByName() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/");
            assertTrue(
                    browser.driver().getCurrentUrl().startsWith(TestStack.issuer()),
                    "the portal sends an anonymous visitor to Keycloak's login page");
            browser.signIn("alex");
            assertEquals("Hello, Alex", browser.text(By.id("greeting")));
            assertEquals("Alex Moreau", browser.text(By.id("user-name")));
            // the home page shows what a patient comes for: today's check-in, what is due, messages, the streak
            for (String part : List.of("today", "due", "home-messages", "home-streak", "home-account", "home-help")) {
                assertTrue(browser.driver().findElement(By.id(part)).isDisplayed(), part);
            }
            assertTrue(browser.text(By.id("streak")).contains("in a row"), browser.text(By.id("streak")));
            browser.screenshot("portal-home");
        }
    }

    @Test
    void aPatientMayAddASecondSignInStepFromTheirHomePage() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/");
            browser.signIn("casey");
            browser.driver().findElement(By.id("account-security")).click();
            // Keycloak's account pages, signed in through the same Keycloak session (no second form)
            browser.wait(Duration.ofSeconds(90))
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.tagName("body"), "Authenticator application"));
            assertTrue(
                    browser.driver().getCurrentUrl().startsWith(TestStack.issuer() + "/account"),
                    browser.driver().getCurrentUrl());
            assertTrue(browser.driver().findElements(By.id("password")).isEmpty(), "no second sign-in form");
            browser.screenshot("portal-account-security");
        }
    }

    @Test
    void clinicianSeesOnlyTheirCareTeamsPatients() {
        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.rivera");
            // patients invited by InvitationsIT on the same stack ("Fern Invited") join its teams
            List<String> names = patientNames(browser).stream()
                    .filter(name -> !name.endsWith(" Invited"))
                    .sorted()
                    .toList();
            assertEquals(List.of("Alex Moreau", "Blair Lindqvist", "Erin Walsh"), names);
            browser.screenshot("clinician-dashboard-before-check-in");
        }
        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.chen");
            List<String> names = patientNames(browser).stream()
                    .filter(name -> !name.endsWith(" Invited"))
                    .sorted()
                    .toList();
            assertEquals(List.of("Casey Brooks", "Devon Patel"), names);
        }
    }

    @Test
    void patientOpeningTheClinicianAppIsToldItIsNotForTheirAccount() {
        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("alex");
            String page = browser.text(By.id("forbidden"));
            assertTrue(page.contains("not for your account"), page);
            assertFalse(browser.driver().getPageSource().contains("Blair"), "no patient data on the refusal page");
        }
    }

    @Test
    void logoutSaysSoAndEndsTheKeycloakSessionToo() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/");
            browser.signIn("blair");
            assertEquals("Hello, Blair", browser.text(By.id("greeting")));
            browser.driver().findElement(By.id("logout")).click();
            // through Keycloak's end of session and back: say where the browser stopped if it never arrives
            try {
                browser.wait(Duration.ofSeconds(60))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signed-out h1")));
            } catch (org.openqa.selenium.TimeoutException stopped) {
                throw new AssertionError(
                        "sign-out stopped at " + browser.driver().getCurrentUrl() + ": "
                                + browser.driver()
                                        .findElement(By.tagName("body"))
                                        .getText(),
                        stopped);
            }
            assertEquals("You are signed out", browser.text(By.cssSelector("#signed-out h1")));
            assertEquals(
                    TestStack.baseUrl() + "/portal/signed-out.xhtml",
                    browser.driver().getCurrentUrl(),
                    "sign-out lands on the portal's own page, not a bare login form");
            assertEquals(List.of(), browser.driver().findElements(By.id("user-name")), "nobody is shown as signed in");
            browser.driver().findElement(By.id("sign-in-again")).click();
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertTrue(
                    browser.driver().getCurrentUrl().startsWith(TestStack.issuer()),
                    "Keycloak does not sign the user straight back in: its session ended");
        }
        try (Browser browser = new Browser()) {
            browser.open("/clinician/");
            browser.signIn("dr.okafor");
            browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(By.id("logout")));
            browser.driver().findElement(By.id("logout")).click();
            // through Keycloak's end of session and back: say where the browser stopped if it never arrives
            try {
                browser.wait(Duration.ofSeconds(60))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#signed-out h1")));
            } catch (org.openqa.selenium.TimeoutException stopped) {
                throw new AssertionError(
                        "sign-out stopped at " + browser.driver().getCurrentUrl() + ": "
                                + browser.driver()
                                        .findElement(By.tagName("body"))
                                        .getText(),
                        stopped);
            }
            assertEquals("You are signed out", browser.text(By.cssSelector("#signed-out h1")));
        }
    }

    @Test
    void theBrowserSessionDoesNotOpenTheApi() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/");
            browser.signIn("alex");
            assertEquals("Hello, Alex", browser.text(By.id("greeting")));
            browser.open("/portal/api/me");
            String body = browser.driver().findElement(By.tagName("body")).getText();
            assertTrue(body.contains("\"status\":401"), body);
            assertFalse(body.contains("Moreau"), body);
        }
    }

    private static List<String> patientNames(Browser browser) {
        browser.wait(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("dashboard:caseload")));
        return browser.driver().findElements(By.cssSelector("[id='dashboard:caseload'] .patient-name")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
