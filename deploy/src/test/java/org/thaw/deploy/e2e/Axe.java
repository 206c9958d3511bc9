package org.thaw.deploy.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, run inside the page the browser shows: the WCAG 2.0, 2.1 and 2.2 A and AA rules. The
 * script is injected through WebDriver (not loaded by the page), so the pages' content security
 * policy stays as strict as it is in production.
 */
final class Axe {

    private static final String SOURCE = load();

    /** What axe runs: every A and AA rule of WCAG 2.0, 2.1 and 2.2. */
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
            + " 'wcag22a', 'wcag22aa']}, resultTypes: ['violations']})"
            + ".then(function (r) { done(r.violations.filter(function (v) {"
            + "   return v.impact === 'critical' || v.impact === 'serious'; })"
            + " .map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
            + "   nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' — '"
            + "     + (n.failureSummary || '').split('\\n').slice(0, 2).join(' '); }),"
            + "   count: v.nodes.length}; })); })"
            + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: [],"
            + " count: 1}]); });";

    private Axe() {}

    /** The critical and serious violations on the page as shown, one readable line each. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver, String where) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> v : found) {
            lines.add(where + ": " + v.get("impact") + " " + v.get("id") + " (" + v.get("count") + "×) " + v.get("help")
                    + " " + v.get("nodes"));
        }
        return lines;
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
