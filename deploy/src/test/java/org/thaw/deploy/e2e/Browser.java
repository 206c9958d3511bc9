package org.thaw.deploy.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian chromium, driven like a person would: through Keycloak's real login page. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("thaw.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("thaw.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(TestStack.baseUrl() + path);
    }

    /** On Keycloak's login page: fills in the demo password and signs in. */
    public void signIn(String username) {
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        WebElement signIn = driver.findElement(By.id("kc-login"));
        signIn.click();
        // Wait until the browser has left Keycloak and the app's page has loaded: a
        // test that opens its next page before that cuts the sign-in short (on a loaded machine the
        // next page was then a blank document).
        wait(Duration.ofSeconds(60))
                .until(d -> ExpectedConditions.stalenessOf(signIn).apply(d)
                        && !d.getCurrentUrl().startsWith(TestStack.issuer())
                        && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    public String text(By by) {
        return wait(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(by))
                .getText();
    }

    /** Saves a screenshot (for docs/ and for failures) under target/screenshots. */
    public Path screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode(driver.getScreenshotAs(OutputType.BASE64)));
            return file;
        } catch (Exception e) {
            return null;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
