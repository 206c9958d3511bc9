package org.thaw.deploy.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An invited person's steps in a browser: the e-mail's link, a password, then the portal's intake. */
final class AcceptInvitation {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private AcceptInvitation() {}

    /**
     * Opens the invitation e-mail's link and goes on to Keycloak's password form. Where Keycloak
     * first names what is to be done, its link is followed ("» Click here to proceed", in Spanish
     * "» Haz click aquí para proceder").
     */
    static void openLink(Browser browser, String link) {
        browser.driver().get(link);
        proceed(browser);
    }

    /** From the page the invitation's link opened, on to Keycloak's password form (see {@link #openLink}). */
    static void proceed(Browser browser) {
        List<WebElement> proceed =
                browser.driver().findElements(By.xpath("//a[contains(., 'proceed') or contains(., 'proceder')]"));
        if (!proceed.isEmpty()) {
            proceed.get(0).click();
        }
        browser.wait(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id("password-new")));
    }

    /** Chooses the password on Keycloak's form and waits until Keycloak is done with it. */
    static void choosePassword(Browser browser, String password) {
        WebDriver driver = browser.driver();
        driver.findElement(By.id("password-new")).sendKeys(password);
        driver.findElement(By.id("password-confirm")).sendKeys(password + Keys.ENTER);
        browser.wait(WAIT)
                .until(d -> d.findElements(By.id("password-new")).isEmpty()
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Opens the portal (signing in if it asks) and starts the intake from the home page's one button. */
    static void startIntake(Browser browser, String username, String password) {
        WebDriver driver = browser.driver();
        browser.open("/portal/");
        browser.wait(WAIT)
                .until(d -> !d.findElements(By.id("username")).isEmpty()
                        || !d.findElements(By.id("start-intake")).isEmpty());
        if (!driver.findElements(By.id("username")).isEmpty()) {
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(password + Keys.ENTER);
        }
        browser.wait(WAIT)
                .until(ExpectedConditions.elementToBeClickable(By.id("start-intake")))
                .click();
        browser.wait(WAIT).until(ExpectedConditions.urlContains("/portal/screeners.xhtml"));
    }
}
