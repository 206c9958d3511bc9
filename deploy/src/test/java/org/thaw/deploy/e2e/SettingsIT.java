package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The practice settings page: the admin's, and no one else's. Reads only; changes nothing. */
class SettingsIT {

    private static final String WINDOW = "Persistent numbness: window (days)";

    @BeforeAll
    static void stack() {
        TestStack.get();
    }

    @Test
    void theAdminSeesTheFlagThresholdsWithTheirDefaults() {
        try (Browser browser = new Browser()) {
            signInAndOpenSettings(browser, "admin.kim");
            String table = browser.text(By.id("settings:table"));
            assertTrue(table.contains(WINDOW), table);
            assertTrue(table.contains("Persistent numbness: entries needed in the window"), table);
            assertTrue(table.contains("Hopelessness: days needed"), table);
            assertTrue(table.contains("Practice time zone"), table);
            WebElement window = browser.driver()
                    .findElement(By.xpath("//*[@id='settings:table']//tr[.//label[normalize-space()='" + WINDOW
                            + "']]//input[contains(@class,'setting-value')]"));
            assertEquals("14", window.getAttribute("value"), "the demo practice keeps the default window");
            assertEquals(
                    1, browser.driver().findElements(By.id("settings:save")).size(), "the admin may save");
            assertEquals(
                    1,
                    browser.driver().findElements(By.id("nav-settings")).size(),
                    "Settings is in the admin's header");
            browser.screenshot("clinician-settings");
        }
    }

    @Test
    void aClinicianGetsTheNotForYourAccountPageAndNoSetting() {
        try (Browser browser = new Browser()) {
            signInAndOpenSettings(browser, "dr.rivera");
            String page = browser.text(By.id("forbidden"));
            assertTrue(page.contains("not for your account"), page);
            assertEquals("Not for your account · Thaw", browser.driver().getTitle());
            assertTrue(browser.driver().findElements(By.id("settings:table")).isEmpty(), "no settings table");
            assertFalse(browser.driver().getPageSource().contains(WINDOW), "no setting is shown");
            assertTrue(
                    browser.driver().findElements(By.id("nav-settings")).isEmpty(), "no Settings link for a clinician");
        }
    }

    /** Signs in (Keycloak's page), waits until the app shows who is signed in, then opens the settings page. */
    private static void signInAndOpenSettings(Browser browser, String username) {
        browser.open("/clinician/settings.xhtml");
        browser.signIn(username);
        browser.wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("user-name")));
        browser.open("/clinician/settings.xhtml");
    }
}
