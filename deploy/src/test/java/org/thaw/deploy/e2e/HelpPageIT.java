package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** "Need help now?": the crisis resources open for anyone, without signing in. */
class HelpPageIT {

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void theCrisisPageAnswersWithoutSigningInAndWithoutARedirect() throws Exception {
        HttpResponse<String> page = Api.get("/portal/help.xhtml", null);

        assertEquals(
                200,
                page.statusCode(),
                "no sign-in asked for: " + page.headers().map());
        assertTrue(
                page.headers().firstValue("Location").isEmpty(),
                "not sent to Keycloak: " + page.headers().map());
        assertTrue(page.body().contains("id=\"crisis-text\""), page.body());
        assertTrue(page.body().contains("emergency number"), "the crisis text: " + page.body());
    }

    @Test
    void aVisitorWhoIsNotSignedInReadsTheCrisisResourcesInTheBrowser() {
        try (Browser browser = new Browser()) {
            browser.open("/portal/help.xhtml");
            String text = browser.text(By.id("crisis-text"));
            assertTrue(text.contains("emergency number"), text);
            assertEquals(
                    "tel:988",
                    browser.driver()
                            .findElement(By.cssSelector("#crisis-text a[href^='tel:988']"))
                            .getAttribute("href"),
                    "988 can be dialled with a tap");
            assertEquals(
                    "sms:988",
                    browser.driver()
                            .findElement(By.cssSelector("#crisis-text a[href^='sms:']"))
                            .getAttribute("href"),
                    "and texted: the text says 'call or text 988'");
            assertTrue(
                    browser.driver().getCurrentUrl().startsWith(TestStack.baseUrl() + "/portal/help.xhtml"),
                    "stays on the page, not Keycloak's: " + browser.driver().getCurrentUrl());
            assertTrue(browser.text(By.id("not-watched")).contains("not watched in real time"));
            browser.screenshot("portal-help");
        }
    }
}
