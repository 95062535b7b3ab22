package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.serve.StaticServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Opens every page of the real dossier in headless Chromium, served on 127.0.0.1 as a static host
 * would: no console error, no failed request, every chart drawn, no axe-core violation.
 */
@ExtendWith(SharedDossier.class)
class BrowserTest {

    static ServedDossier served;
    static Path site;
    static StaticServer server;
    static ChromeDriver browser;
    static String axe;

    @BeforeAll
    static void start(ServedDossier shared) throws IOException {
        served = shared;
        site = served.site();
        server = served.server();
        browser = served.browser();
        try (InputStream in = BrowserTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyPageOpensCleanlyDrawsItsChartsAndPassesAxe() throws IOException {
        List<String> failures = new ArrayList<>();
        List<String> pages = pages();
        int charts = 0;
        for (String page : pages) {
            browser.get(server.url() + page);
            Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(d -> "complete".equals(
                    ((JavascriptExecutor) d).executeScript("return document.readyState")));
            for (WebElement canvas : browser.findElements(By.cssSelector("figure.chart canvas"))) {
                charts++;
                Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(d -> "true".equals(canvas.getAttribute("data-drawn")));
                long painted = (Long) browser.executeScript("const c = arguments[0];"
                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n;", canvas);
                if (painted < 500) {
                    failures.add(page + ": a chart canvas is blank (" + painted + " painted pixels)");
                }
            }
            // Console errors and failed requests (Chromium logs both as SEVERE), read before axe runs.
            for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
                if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    failures.add(page + ": console " + entry.getLevel() + ": " + entry.getMessage());
                }
            }
            browser.executeScript(axe);
            Object violations = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']})"
                    + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '"
                    + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')).join('; ')))"
                    + ".catch(e => done('axe failed: ' + e));");
            browser.manage().logs().get(LogType.BROWSER); // axe's own canvas read-back warnings
            if (violations != null && !violations.toString().isEmpty()) {
                failures.add(page + ": axe: " + violations);
            }
        }
        assertEquals(List.of(), failures, failures.size() + " problems on " + pages.size() + " pages");
        assertTrue(pages.size() >= 40, "pages opened: " + pages.size());
        assertTrue(charts >= 6, "charts drawn: " + charts);
    }

    @Test
    void aChartTableIsOneClickAwayAndReadableWithoutJavaScript() throws IOException {
        String chart = server.url() + "charts/aid-by-recipient/";
        browser.get(chart);
        WebElement table = browser.findElement(By.cssSelector(".chart-table"));
        assertTrue(!table.isDisplayed(), "the script tucks the table away");
        WebElement toggle = browser.findElement(By.cssSelector(".chart-table-toggle"));
        toggle.click();
        assertTrue(table.isDisplayed(), "one click shows it");
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        assertTrue(table.getText().contains("about $700,000"), "qualifiers stay visible: " + table.getText());
        assertTrue(table.getText().contains("1993–2008"), "periods are labelled");
        String html = Files.readString(site.resolve("charts/aid-by-recipient/index.html"));
        assertTrue(!html.contains("chart-table\" id=\"chart-aid-by-recipient-table\" hidden"),
                "without JavaScript the table is shown");
    }

    private static List<String> pages() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.getFileName().toString().equals("index.html"))
                    .filter(f -> SiteFiles.inSlowCheckSample(site.relativize(f)))
                    .map(f -> site.relativize(f.getParent()).toString().replace('\\', '/'))
                    .map(p -> p.isEmpty() ? "" : p + "/")
                    .sorted()
                    .toList();
        }
    }

    private static String axeVersion() throws IOException {
        try (InputStream in = BrowserTest.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }
}
