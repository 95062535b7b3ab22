package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.serve.StaticServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The chart tools on the real dossier, past a reviewer's findings: an SVG download breaks no rule of
 * the site's Content-Security-Policy, series can be hidden from the keyboard, the embed code shows a
 * chart and its caption on a phone, and exported images are dark on white whatever the page's theme.
 */
@ExtendWith(SharedDossier.class)
class ChartToolsBrowserTest {
    private static final String CHART = "aid-by-recipient";
    private static final String SERIES_CHART = "exercises-per-year";
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final List<String> CHARTS = List.of("aid-by-recipient", "aid-over-time", "exercises-per-year",
            "trade-2008", "training-by-country", "troop-contributions");

    @TempDir
    static Path temp;
    static ServedDossier served;
    static ChromeDriver browser;
    static StaticServer otherSite;

    @BeforeAll
    static void start(ServedDossier shared) {
        served = shared;
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (otherSite != null) {
            otherSite.close();
        }
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    private static void open(String url, String chart) {
        browser.get(url);
        Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(
                By.cssSelector("figure#chart-" + chart + "[data-chart-tools=ready]")).isEmpty());
    }

    private static org.w3c.dom.Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<String> browserProblems() {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()
                    || entry.getMessage().contains("Content Security Policy")) {
                problems.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        return problems;
    }

    @Test
    void chartToolsSvgDownloadBreaksNoContentSecurityRuleAndKeepsItsFonts() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open(served.url("charts/" + CHART + "/"), CHART);
        browserProblems(); // the log so far, read and so emptied
        org.w3c.dom.Document svg = parse(ChartDownload.of(browser, CHART, "svg").bytes());
        assertEquals(List.of(), browserProblems(), "the console after an SVG download");
        NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
        assertTrue(texts.getLength() > 5, texts.getLength() + " texts");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            assertTrue(text.getAttribute("font-size").matches("\\d+(\\.\\d+)?px"), text.getTextContent());
            assertFalse(text.getAttribute("font-family").isBlank(), text.getTextContent());
            assertFalse(text.hasAttribute("style"), text.getTextContent());
        }
        // The export's detour for style attributes ends with the export.
        assertEquals(false, browser.executeScript("return Object.prototype.hasOwnProperty.call(document, 'createElement');"));
    }

    @Test
    void chartToolsGiveNoSeriesTogglesWhereEachSegmentIsOneRecord() {
        browser.manage().window().setSize(new Dimension(360, 900));
        open(served.url("charts/" + CHART + "/"), CHART);
        assertTrue(browser.findElements(By.cssSelector("#chart-" + CHART + " .chart-series")).isEmpty(),
                "aid-by-recipient has one segment a record: no list of record titles under it");
    }

    @Test
    void chartToolsSeriesAreShownAndHiddenFromTheKeyboard() {
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            open(served.url("charts/" + SERIES_CHART + "/"), SERIES_CHART);
            String figure = "#chart-" + SERIES_CHART;
            List<WebElement> toggles = browser.findElements(By.cssSelector(figure + " .chart-series input[type=checkbox]"));
            long sets = (Long) browser.executeScript("return Chart.getChart(document.querySelector('" + figure
                    + " canvas')).data.datasets.length;");
            assertTrue(sets > 1);
            assertEquals(sets, toggles.size(), "one toggle a series");
            // Tab from whatever comes just before the first toggle in the page.
            browser.executeScript("var first = arguments[0], before = null;"
                    + "document.querySelectorAll('a[href], button, input, select, textarea').forEach(function (e) {"
                    + "  if (e.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING && e.offsetParent) { before = e; } });"
                    + "before.focus();", toggles.get(0));
            new Actions(browser).sendKeys(Keys.TAB).perform();
            assertEquals(toggles.get(0), browser.switchTo().activeElement(), "the first toggle takes the focus");
            new Actions(browser).sendKeys(Keys.SPACE).perform();
            String chart = "Chart.getChart(document.querySelector('" + figure + " canvas'))";
            assertEquals(false, browser.executeScript("return " + chart + ".isDatasetVisible(0);"));
            String label = (String) browser.executeScript("return " + chart + ".data.datasets[0].label;");
            assertEquals(List.of(label), browser.executeScript("return new URLSearchParams(location.search).getAll('"
                    + SERIES_CHART + ".hide');"), browser.getCurrentUrl());
            assertTrue(toggles.get(0).getText().contains(label) || browser.findElement(By.cssSelector(
                    figure + " .chart-series label")).getText().contains(label), "labelled by its series");
            assertFalse(browser.findElement(By.cssSelector(figure + " .chart-series-swatch")).getCssValue(
                    "background-color").equals("rgba(0, 0, 0, 0)"), "a swatch of the series' colour");
            Screenshots.take(browser.findElement(By.cssSelector(figure)), "ChartTools-series-" + width);

            // The legend on the canvas (or anything else) changes a series: the toggle follows.
            browser.executeScript(chart + ".setDatasetVisibility(1, false); " + chart + ".update();");
            assertFalse(browser.findElements(By.cssSelector(figure + " .chart-series input")).get(1).isSelected());
            browser.executeScript(chart + ".setDatasetVisibility(1, true); " + chart + ".update();");

            // Opened again from the URL: the toggle shows the series hidden.
            String url = browser.getCurrentUrl();
            browser.get("about:blank");
            open(url, SERIES_CHART);
            List<WebElement> again = browser.findElements(By.cssSelector(figure + " .chart-series input"));
            assertFalse(again.get(0).isSelected(), url);
            assertTrue(again.get(1).isSelected(), url);
        }
    }

    @Test
    void chartToolsEmbedCodeShowsCaptionAndChartOnAPhone() throws Exception {
        Path other = temp.resolve("embedding");
        Files.createDirectories(other);
        for (String chart : CHARTS) {
            browser.manage().window().setSize(new Dimension(1280, 900));
            open(served.url("charts/" + chart + "/"), chart);
            String code = browser.findElement(By.id("embed-code-" + chart)).getAttribute("value");
            String published = "https://dossier.github.io/china-central-asia/charts/" + chart + "/embed/";
            assertTrue(code.contains(published), code);
            Files.writeString(other.resolve(chart + ".html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                    + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>Another site</title></head><body>"
                    + code.replace(published, served.url("charts/" + chart + "/embed/")) + "</body></html>",
                    StandardCharsets.UTF_8);
        }
        otherSite = StaticServer.start(other, "/", 0);
        List<String> cut = new ArrayList<>();
        for (int width : new int[] {360, 1280}) {
            for (String chart : CHARTS) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(otherSite.url() + chart + ".html");
                browser.switchTo().frame(browser.findElement(By.tagName("iframe")));
                try {
                    Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(
                            By.cssSelector("figure.chart[data-chart-tools=ready] canvas[data-drawn=true]")).isEmpty());
                    // The caption and the chart, without scrolling the frame; notes and sources may follow below.
                    long bottom = ((Number) browser.executeScript("return Math.ceil(document.querySelector("
                            + "'.chart-canvas').getBoundingClientRect().bottom);")).longValue();
                    long frame = (Long) browser.executeScript("return window.innerHeight;");
                    if (bottom > frame) {
                        cut.add(chart + " at " + width + " px: the chart ends at " + bottom + " px in a frame of " + frame);
                    }
                } finally {
                    browser.switchTo().defaultContent();
                }
                if (chart.equals(CHART)) {
                    Screenshots.take(browser, "ChartTools-embed-" + width);
                }
            }
        }
        assertEquals(List.of(), cut, "embedded charts cut by their frame");
    }

    @Test
    void chartToolsImagesAreDarkOnWhiteInTheDarkThemeToo() throws Exception {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            browser.manage().window().setSize(new Dimension(1280, 900));
            open(served.url("charts/" + SERIES_CHART + "/"), SERIES_CHART);
            assertEquals("rgb(20, 23, 26)", browser.executeScript(
                    "return getComputedStyle(document.body).backgroundColor;"), "the page is dark");
            byte[] png = ChartDownload.of(browser, SERIES_CHART, "png").bytes();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(0xffffffff, image.getRGB(2, 2), "a white background");
            Screenshots.save("ChartTools-dark-" + SERIES_CHART + ".png", png);
            // The title, in the PNG's top left corner: dark pixels on the white.
            int darkest = 0xff;
            for (int x = 20; x < 600; x++) {
                for (int y = 20; y < 80; y++) {
                    darkest = Math.min(darkest, image.getRGB(x, y) & 0xff);
                }
            }
            assertTrue(darkest < 0x40, "dark text: the darkest blue " + darkest);

            byte[] bytes = ChartDownload.of(browser, SERIES_CHART, "svg").bytes();
            Screenshots.save("ChartTools-dark-" + SERIES_CHART + ".svg", bytes);
            org.w3c.dom.Document svg = parse(bytes);
            Element background = (Element) svg.getElementsByTagNameNS(SVG, "rect").item(0);
            assertTrue(List.of("#ffffff", "#FFFFFF", "rgb(255,255,255)", "white").contains(background.getAttribute("fill")),
                    "a white background: " + background.getAttribute("fill"));
            String title = (String) browser.executeScript("return document.querySelector('#chart-" + SERIES_CHART
                    + " figcaption strong').textContent;");
            NodeList texts = svg.getElementsByTagNameNS(SVG, "text");
            List<String> fills = new ArrayList<>();
            for (int i = 0; i < texts.getLength(); i++) {
                Element text = (Element) texts.item(i);
                if (text.getTextContent().equals(title)) {
                    fills.add(text.getAttribute("fill"));
                }
            }
            assertFalse(fills.isEmpty(), "the title");
            for (String fill : fills) {
                assertTrue(List.of("#1b1f24", "rgb(27,31,36)").contains(fill), "dark text: " + fills);
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }
}
