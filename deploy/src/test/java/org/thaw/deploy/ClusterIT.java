package org.thaw.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.thaw.deploy.e2e.Browser;

/**
 * The cluster mode as {@code ./mvnw -Pcluster package} starts it (two Payara Micro instances in one
 * data grid, HAProxy in front), on ports of its own next to the end-to-end stack's (each test port +
 * 2; the instances on {@code thaw.test.cluster.port} and the next, their data grid on {@code
 * thaw.test.hazelcast.port} and the next), in the data folder {@code target/launcher-it} that it
 * shares with {@link LauncherIT}.
 *
 * <p>A clinician in a real browser opens a chart; the instance that served it is killed with
 * SIGKILL; the next click lands on the other instance, which signs the browser in again through
 * Keycloak's single sign-on without a form, and shows the page asked for. A patient writes the
 * journal through the balancer all along: every write answered 2xx is what is stored; a refused
 * one is sent again. The hourly checks, whose timer fires every minute on both instances here, ran
 * once for the hour. The launcher's watcher runs on the stack as {@code ./mvnw -Pcluster package}
 * runs it: the killed instance comes back by itself, ready on its own port and in the data grid
 * again with the other one.
 */
class ClusterIT {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private static Stack stack;
    private static Instant allReady;
    private static final CountDownLatch STOP_WATCHING = new CountDownLatch(1);
    private static volatile String watcherGaveUp;

    @BeforeAll
    static void startCluster() throws Exception {
        Path data = LauncherIT.freshDataFolder(); // LauncherIT's: its unpacked Keycloak is paid once for both
        Settings settings = Settings.fromEnvironment()
                .withPortsAndData(
                        Integer.getInteger("thaw.test.http.port", 18080) + 2,
                        Integer.getInteger("thaw.test.keycloak.port", 18180) + 2,
                        Integer.getInteger("thaw.test.db.port", 15433) + 2,
                        data)
                .withEnv(Map.of(
                        "THAW_CLUSTER", "true",
                        "THAW_INSTANCE_PORT", String.valueOf(Integer.getInteger("thaw.test.cluster.port", 18090)),
                        "THAW_HAZELCAST_PORT", String.valueOf(Integer.getInteger("thaw.test.hazelcast.port", 16900)),
                        "THAW_MAIL_CATCHER_PORT", String.valueOf(Integer.getInteger("thaw.test.smtp.port", 13025) + 2),
                        // the hourly checks' timer fires every minute, on both instances
                        "THAW_CHECKS_MINUTE", "*"));
        stack = Stack.start(settings);
        allReady = Instant.now();
        // the launcher's watcher, as the cluster mode runs it; giving up is recorded, not an exit
        Thread watcher = new Thread(
                () -> {
                    try {
                        Launcher.watch(stack, STOP_WATCHING, why -> watcherGaveUp = why);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "cluster-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    @AfterAll
    static void stopCluster() {
        STOP_WATCHING.countDown();
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void a_lost_instance_costs_no_sign_in_form_no_acknowledged_write_and_no_second_hourly_run() throws Exception {
        bothInstancesJoinedOneDataGrid();
        theHourlyChecksRanOnceAcrossTheInstances();

        String patientToken = token("alex");
        LocalDate today = LocalDate.now(ZoneId.of(field(get("/portal/api/me", patientToken), "timeZone")));
        JournalWriter writer = new JournalWriter(patientToken, today);
        Browser browser = new Browser();
        int lost = -1;
        long pid = 0;
        long logBeforeKill = 0;
        try {
            WebDriver driver = browser.driver();
            driver.get(base() + "/clinician/");
            signIn(browser, "dr.rivera");
            WebElement alex = browser.wait(Duration.ofSeconds(60))
                    .until(ExpectedConditions.elementToBeClickable(
                            By.xpath("//a[contains(@class,'patient-link') and contains(normalize-space(.),'Alex')]")));
            alex.click();
            String patient = browser.text(By.id("patient-name"));
            String chartUrl = driver.getCurrentUrl();
            assertTrue(chartUrl.startsWith(base() + "/clinician/chart.xhtml?patient="), chartUrl);
            WebElement history = browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(By.id("chart:plan-history")));
            history.click();
            browser.wait(Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/plan-history.xhtml"));
            WebElement back = browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(By.id("history:back")));

            // the instance that served the last request, as the balancer's sticky cookie names it
            String servedBy = node(driver);
            lost = Integer.parseInt(servedBy.substring("thaw-".length())) - 1;
            pid = stack.instancePid(lost);
            assertTrue(pid > 0, "instance " + servedBy + " runs");

            writer.start();
            writer.awaitAcknowledged(3, Duration.ofSeconds(60));
            logBeforeKill = Files.size(instanceLog(lost));
            // SIGKILL from outside, as kill -9: the stack is not told, its watcher finds out
            ProcessHandle instance = ProcessHandle.of(pid).orElseThrow();
            instance.destroyForcibly();
            instance.onExit().get(30, TimeUnit.SECONDS);
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the instance is gone");

            back.click();
            // either the chart (signed in again through Keycloak's session, no form) or a sign-in form
            browser.wait(Duration.ofSeconds(120))
                    .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                            && (d.getCurrentUrl().startsWith(base() + "/clinician/chart.xhtml")
                                            && !d.findElements(By.id("patient-name"))
                                                    .isEmpty()
                                    || !d.findElements(By.id("username")).isEmpty()));
            assertTrue(
                    driver.findElements(By.id("username")).isEmpty(),
                    () -> "a sign-in form after the failover: " + driver.getCurrentUrl());
            assertEquals(chartUrl, driver.getCurrentUrl(), "the page asked for, with its patient");
            assertEquals(patient, browser.text(By.id("patient-name")));
            String now = node(driver);
            assertNotEquals(servedBy, now, "served by the instance still running");

            // and the session goes on there: the next page, still signed in
            browser.wait(Duration.ofSeconds(30))
                    .until(ExpectedConditions.elementToBeClickable(By.id("chart:plan-history")))
                    .click();
            browser.wait(Duration.ofSeconds(60)).until(ExpectedConditions.urlContains("/plan-history.xhtml"));
            assertTrue(browser.text(By.tagName("h1")).contains(patient.split(" ")[0]), driver::getPageSource);

            writer.awaitAcknowledged(writer.acknowledged() + 3, Duration.ofSeconds(60));
        } catch (AssertionError | RuntimeException e) {
            browser.screenshot("cluster-failover");
            throw e;
        } finally {
            writer.stop();
            browser.close();
        }
        assertTrue(writer.acknowledged() >= 6, "writes acknowledged: " + writer.acknowledged());
        // every write was sent until acknowledged, one after the other: the stored day is the last one
        String stored = get("/portal/api/journal?from=" + today + "&to=" + today, patientToken);
        assertEquals(String.valueOf(writer.lastAcknowledgedNumbness()), field(stored, "numbness"), stored);
        assertTrue(
                stored.contains("\"" + writer.lastAcknowledgedNote() + "\""),
                () -> "the last acknowledged write (" + writer.lastAcknowledgedNote() + ") is stored: " + stored);
        System.out.println("[cluster] journal writes acknowledged: " + writer.acknowledged()
                + ", refused and sent again: " + writer.refused());

        theWatcherBroughtTheInstanceBack(lost, pid, logBeforeKill);
    }

    /**
     * The launcher's watcher started the killed instance again (a new process): it answers ready on
     * its own port, and its log since the kill shows the data grid with both members again.
     */
    private static void theWatcherBroughtTheInstanceBack(int lost, long killedPid, long logBeforeKill)
            throws Exception {
        Instant t0 = Instant.now();
        PayaraServer.Instance instance = stack.instances().get(lost);
        Instant deadline = t0.plus(Duration.ofMinutes(5));
        boolean ready = false;
        boolean inTheGrid = false;
        while (!(ready && inTheGrid) && watcherGaveUp == null && Instant.now().isBefore(deadline)) {
            ready = readiness(instance) == 200;
            inTheGrid = logSince(instanceLog(lost), logBeforeKill).contains("DG Name: thaw DG Size: 2");
            if (!(ready && inTheGrid)) {
                Thread.sleep(1_000);
            }
        }
        assertEquals(null, watcherGaveUp, "the watcher kept the instance up");
        assertTrue(ready, instance.part() + " ready again on " + instance.url());
        assertTrue(inTheGrid, instance.part() + " back in a data grid of two");
        long now = stack.instancePid(lost);
        assertTrue(now > 0 && now != killedPid, "a new process: " + now);
        System.out.println("[cluster] " + instance.part() + " back in the grid and ready " + Stack.seconds(t0)
                + " after the other checks ended");
    }

    private static int readiness(PayaraServer.Instance instance) throws InterruptedException {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(instance.url() + PayaraServer.READINESS))
                                    .timeout(Duration.ofSeconds(10))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException noAnswer) {
            return 0;
        }
    }

    private static Path instanceLog(int i) {
        return stack.settings().dataDir().resolve("logs/payara-" + (i + 1) + ".log");
    }

    private static String logSince(Path log, long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        int from = (int) Math.min(offset, all.length);
        return new String(all, from, all.length - from, StandardCharsets.ISO_8859_1);
    }

    /** Each instance's log shows the data grid with both members (Payara's "Data Grid Status"). */
    private static void bothInstancesJoinedOneDataGrid() throws IOException {
        int port0 = stack.settings().hazelcastPort(0);
        int port1 = stack.settings().hazelcastPort(1);
        for (int i = 0; i < 2; i++) {
            String log = Files.readString(stack.settings().dataDir().resolve("logs/payara-" + (i + 1) + ".log"));
            assertTrue(log.contains("DG Name: thaw DG Size: 2"), "instance " + (i + 1) + " sees a data grid of two");
            assertTrue(log.contains("Name: thaw-" + (i + 1) + " "), "instance " + (i + 1) + " by its name");
            assertTrue(
                    log.contains("/127.0.0.1:" + port0) && log.contains("/127.0.0.1:" + port1),
                    "both members on their loopback grid ports");
        }
        // and listening there only: the grid is unencrypted, no other machine may reach it
        for (int port : List.of(port0, port1)) {
            List<InetAddress> listeners = Listeners.on(port);
            assertTrue(Listeners.loopbackOnly(listeners), () -> "grid port " + port + " listens on " + listeners);
        }
    }

    /**
     * Both instances' timers fire every minute; after at least one such minute with both up, the
     * hour has exactly one row and no patient more than one open DISENGAGED flag.
     */
    private static void theHourlyChecksRanOnceAcrossTheInstances() throws Exception {
        Instant oneFullMinute = allReady.plusSeconds(65);
        while (Instant.now().isBefore(oneFullMinute)) {
            Thread.sleep(1_000);
        }
        try (Connection db = DriverManager.getConnection(stack.appJdbcUrl(), stack.ownerUser(), stack.ownerPassword());
                Statement sql = db.createStatement()) {
            Instant deadline = Instant.now().plusSeconds(90);
            while (count(sql, "select count(*) from thaw.check_run where run_hour = date_trunc('hour', now(), 'UTC')")
                            == 0
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(2_000);
            }
            assertEquals(
                    1,
                    count(sql, "select count(*) from thaw.check_run where run_hour = date_trunc('hour', now(), 'UTC')"),
                    "one run for this hour across both instances");
            assertEquals(
                    0,
                    count(
                            sql,
                            "select count(*) from (select patient_id from thaw.flag where type = 'DISENGAGED'"
                                    + " and status <> 'RESOLVED' group by patient_id having count(*) > 1) twice"),
                    "no patient with two open DISENGAGED flags");
        }
        for (int i = 0; i < 2; i++) {
            String log = Files.readString(stack.settings().dataDir().resolve("logs/payara-" + (i + 1) + ".log"));
            assertTrue(
                    log.contains("Daily flag checks scheduled at minute * of every hour"),
                    "instance " + (i + 1) + " has the timer");
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A patient writing today's check-in through the balancer, one write after the other, each until acknowledged. */
    private static final class JournalWriter implements Runnable {
        private final String token;
        private final LocalDate day;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger acknowledged = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private volatile int lastNumbness = -1;
        private volatile String lastNote = "";
        private volatile Throwable failure;
        private Thread thread;

        JournalWriter(String token, LocalDate day) {
            this.token = token;
            this.day = day;
        }

        void start() {
            thread = new Thread(this, "cluster-journal-writer");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            try {
                for (int n = 1; running.get(); n++) {
                    int numbness = n % 11;
                    String note = "cluster write " + n;
                    String json = "{\"numbness\": " + numbness + ", \"note\": \"" + note + "\"}";
                    while (running.get()) {
                        int status;
                        try {
                            status = HTTP.send(
                                            HttpRequest.newBuilder(URI.create(base() + "/portal/api/journal/" + day))
                                                    .timeout(Duration.ofSeconds(30))
                                                    .header("Authorization", "Bearer " + token)
                                                    .header("Content-Type", "application/json")
                                                    .PUT(HttpRequest.BodyPublishers.ofString(json))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (IOException noAnswer) {
                            status = 0;
                        }
                        if (status >= 200 && status < 300) {
                            lastNumbness = numbness;
                            lastNote = note;
                            acknowledged.incrementAndGet();
                            break;
                        }
                        if (status != 0 && status != 502 && status != 503 && status != 504) {
                            throw new AssertionError("journal write answered " + status);
                        }
                        refused.incrementAndGet();
                        Thread.sleep(200);
                    }
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                failure = e;
            }
        }

        void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
            Instant deadline = Instant.now().plus(timeout);
            while (acknowledged.get() < count && Instant.now().isBefore(deadline) && failure == null) {
                Thread.sleep(100);
            }
            if (failure != null) {
                throw new AssertionError("journal writer failed", failure);
            }
            assertTrue(acknowledged.get() >= count, "acknowledged writes: " + acknowledged.get() + " of " + count);
        }

        void stop() throws InterruptedException {
            running.set(false);
            if (thread != null) {
                thread.join(60_000);
            }
            if (failure != null) {
                throw new AssertionError("journal writer failed", failure);
            }
        }

        int acknowledged() {
            return acknowledged.get();
        }

        int refused() {
            return refused.get();
        }

        int lastAcknowledgedNumbness() {
            return lastNumbness;
        }

        String lastAcknowledgedNote() {
            return lastNote;
        }
    }

    /** On Keycloak's form: the demo password, then wait until the app's page has loaded. */
    private static void signIn(Browser browser, String username) {
        WebDriverWait wait = browser.wait(Duration.ofSeconds(60));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        WebDriver driver = browser.driver();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("thaw-demo");
        WebElement submit = driver.findElement(By.id("kc-login"));
        submit.click();
        wait.until(d -> ExpectedConditions.stalenessOf(submit).apply(d)
                && d.getCurrentUrl().startsWith(base())
                && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static String node(WebDriver driver) {
        Cookie cookie = driver.manage().getCookieNamed(LoadBalancer.COOKIE);
        assertNotNull(cookie, "the balancer's sticky cookie");
        return cookie.getValue();
    }

    private static String base() {
        return stack.settings().baseUrl();
    }

    private static String token(String user) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(stack.settings().issuer() + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=thaw-cli&scope=openid"
                                + "&username=" + user + "&password=thaw-demo"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return field(response.body(), "access_token");
    }

    private static String get(String path, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    /** A string or number field of a JSON object (the first one of that name). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"([^\"]*)\"|(-?[0-9.]+))")
                .matcher(json);
        assertTrue(m.find(), () -> name + " in " + json);
        return m.group(2) != null ? m.group(2) : m.group(3);
    }
}
