package org.thaw.deploy.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A patient's steps through the questionnaires page, as the intake tests take them in a browser. */
final class IntakeSteps {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private IntakeSteps() {}

    /** Picks answer {@code index} (0-based) of every single-choice question on the page. */
    static void answerEveryChoice(Browser browser, int index) {
        List<WebElement> items = browser.driver().findElements(By.cssSelector(".thaw-item"));
        for (int i = 0; i < items.size(); i++) {
            List<WebElement> boxes = browser.driver()
                    .findElements(By.cssSelector(".thaw-item"))
                    .get(i)
                    .findElements(By.cssSelector(".ui-radiobutton-box"));
            if (boxes.size() > index) {
                clickElement(browser, boxes.get(index));
                waitForAjax(browser);
            }
        }
    }

    static void pick(Browser browser, String linkId, int index) {
        WebElement item = browser.driver().findElement(By.xpath("//*[@id='q-" + linkId + "']/.."));
        clickElement(
                browser,
                item.findElements(By.cssSelector(".ui-radiobutton-box")).get(index));
    }

    static boolean checked(Browser browser, String linkId, int index) {
        WebElement item = browser.driver().findElement(By.xpath("//*[@id='q-" + linkId + "']/.."));
        return item.findElements(By.cssSelector("input[type=radio]")).get(index).isSelected();
    }

    static void save(Browser browser) {
        click(browser, By.id("screener:submit"));
        waitForAjax(browser);
    }

    /** The step was saved: the confirmation shows, or the test fails with what the page said instead. */
    static void assertSaved(Browser browser, String expected) {
        browser.wait(WAIT)
                .until(d -> !d.findElements(By.id("saved")).isEmpty()
                        || !d.findElement(By.id("screener:messages")).getText().isBlank());
        if (browser.driver().findElements(By.id("saved")).isEmpty()) {
            browser.screenshot("intake-refused");
            throw new AssertionError("not saved: "
                    + browser.driver().findElement(By.id("screener:messages")).getText());
        }
        assertTrue(
                browser.driver().findElement(By.id("saved")).getText().contains(expected),
                browser.driver().findElement(By.id("saved")).getText());
    }

    static void click(Browser browser, By by) {
        clickElement(
                browser,
                browser.wait(WAIT)
                        .ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.elementToBeClickable(by)));
    }

    static void clickElement(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Waits until PrimeFaces has no request in flight. */
    static void waitForAjax(Browser browser) {
        browser.wait(WAIT)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
