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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Point 5 of issue 18 on the real dossier: a chart downloads as PNG and as SVG, shows in an iframe
 * on another site from its embed page, and keeps the reader's choices (series hidden, table open)
 * in the URL.
 */
@ExtendWith(SharedDossier.class)
class ChartTakeBrowserTest {
    private static final String CHART = "aid-by-recipient";
    /** A chart with several series, one per format. */
    private static final String SERIES_CHART = "exercises-per-year";

    @TempDir
    static Path temp;
    static ServedDossier served;
    static ChromeDriver browser;
    static StaticServer otherSite;

    @BeforeAll
    static void start(ServedDossier shared) throws Exception {
        served = shared;
        browser = served.browser();
    }

    @AfterAll
    static void stop() {
        if (otherSite != null) {
            otherSite.close();
        }
    }

    /** Opens a chart's page and waits until chart-tools.js has set the chart up. */
    private static void open(String url, String chart) {
        browser.get(url);
        Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(
                By.cssSelector("figure#chart-" + chart + "[data-chart-tools=ready]")).isEmpty());
    }

    @Test
    void aChartDownloadsAsAPngOfItsDrawing() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open(served.url("charts/" + CHART + "/"), CHART);
        ChartDownload file = ChartDownload.of(browser, CHART, "png");
        assertEquals(CHART + ".png", file.name());
        assertEquals("image/png", file.type());
        byte[] png = file.bytes();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1920, image.getWidth(), "960 px at twice the pixels");
        assertEquals(1200, image.getHeight());
        // A drawing, not an empty box: an opaque background and many colours (bars, text, axes).
        assertEquals(0xff, image.getRGB(2, 2) >>> 24, "an opaque background");
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, colours.size() + " colours");
        Screenshots.save("take-download-" + CHART + ".png", png);
    }

    @Test
    void aChartDownloadsAsAnSvgWithItsTextAsText() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open(served.url("charts/" + CHART + "/"), CHART);
        ChartDownload file = ChartDownload.of(browser, CHART, "svg");
        assertEquals(CHART + ".svg", file.name());
        assertEquals("image/svg+xml", file.type());
        byte[] svg = file.bytes();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
        NodeList texts = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            words.add(text.getTextContent());
            // Drawn in the chart's font, not the viewer's default (svgcanvas alone leaves these empty).
            assertTrue(text.getAttribute("font-size").matches("\\d+(\\.\\d+)?px"), text.getTextContent());
            assertFalse(text.getAttribute("font-family").isBlank(), text.getTextContent());
        }
        assertTrue(words.contains("Chinese military aid by recipient"), "the title: " + words);
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) browser.executeScript("return JSON.parse(document.querySelector("
                + "'#chart-" + CHART + " script.chart-data').textContent).labels;");
        assertFalse(labels.isEmpty());
        for (String label : labels) {
            assertTrue(words.contains(label), "the label " + label + " as text: " + words);
        }
        assertTrue(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").getLength()
                + document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() > 5, "bars");
        Screenshots.save("take-download-" + CHART + ".svg", svg);
    }

    @Test
    void theEmbedCodeShowsTheChartInAnIframeOnAnotherSite() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        open(served.url("charts/" + CHART + "/"), CHART);
        String code = browser.findElement(By.id("embed-code-" + CHART)).getAttribute("value");
        String published = "https://dossier.github.io/china-central-asia/charts/" + CHART + "/embed/";
        assertEquals("<iframe src=\"" + published + "\" title=\"Chinese military aid by recipient\" width=\"100%\" "
                + "height=\"640\" loading=\"lazy\" style=\"border: 0; max-width: 100%; "
                + "height: clamp(640px, calc(1140px - 50vw), 960px)\"></iframe>", code);
        browser.findElement(By.cssSelector(".embed-code .embed-copy")).click();
        String said = Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(d -> {
            String text = d.findElement(By.cssSelector(".embed-code .chart-tools-status")).getText();
            return text.isEmpty() ? null : text;
        });
        assertTrue(said.equals("Copied.") || said.startsWith("Selected"), said);
        assertEquals((long) code.length(), browser.executeScript("var code = document.getElementById('embed-code-"
                + CHART + "'); return code.selectionEnd - code.selectionStart;"), "the whole code selected");
        // Another site (another port: another origin) pastes the code, pointed at this test's server.
        Path other = temp.resolve("other");
        Files.createDirectories(other);
        Files.writeString(other.resolve("index.html"), "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Another site</title>"
                + "</head><body><h1>Another site</h1><p>A chart from the dossier:</p>"
                + code.replace(published, served.url("charts/" + CHART + "/embed/")) + "</body></html>",
                StandardCharsets.UTF_8);
        otherSite = StaticServer.start(other, "/", 0);
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(otherSite.url());
            WebElement frame = browser.findElement(By.tagName("iframe"));
            browser.switchTo().frame(frame);
            try {
                Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(d -> !d.findElements(
                        By.cssSelector("figure#chart-" + CHART + "[data-chart-tools=ready] canvas[data-drawn=true]"))
                        .isEmpty());
                assertTrue(browser.findElements(By.cssSelector("header, nav, .cite")).isEmpty(), "the figure alone");
                long canvasWidth = (Long) browser.executeScript("return document.querySelector('canvas').width;");
                assertTrue(canvasWidth > 200, "drawn at " + canvasWidth + " px");
                assertEquals("_blank", browser.executeScript("return document.querySelector('base').target;"),
                        "links open outside the frame");
            } finally {
                browser.switchTo().defaultContent();
            }
            Screenshots.take(browser, "take-embed-" + width);
        }
    }

    @Test
    void hiddenSeriesAndAnOpenTableAreKeptInTheUrl() throws Exception {
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            open(served.url("charts/" + SERIES_CHART + "/"), SERIES_CHART);
            // What every legend does (charts.js's contract): Chart.js's own dataset visibility.
            String hidden = (String) browser.executeScript("var chart = Chart.getChart(document.querySelector("
                    + "'#chart-" + SERIES_CHART + " canvas')); chart.setDatasetVisibility(0, false); chart.update();"
                    + "return chart.data.datasets[0].label;");
            browser.findElement(By.cssSelector("#chart-" + SERIES_CHART + " .chart-table-toggle")).click();
            String url = browser.getCurrentUrl();
            String query = new java.net.URI(url).getQuery();
            assertTrue(query.contains(SERIES_CHART + ".hide=" + hidden), url);
            assertTrue(query.contains(SERIES_CHART + ".table=open"), url);
            String code = browser.findElement(By.id("embed-code-" + SERIES_CHART)).getAttribute("value");
            assertTrue(code.contains("/embed/?" + SERIES_CHART + ".hide="), "the embed code keeps them too: " + code);
            Screenshots.take(browser, "take-state-" + width);

            // Opened again from the URL, on the chart's page and on its embed page.
            for (String page : List.of(url, url.replace("/" + SERIES_CHART + "/?", "/" + SERIES_CHART + "/embed/?"))) {
                browser.get("about:blank");
                open(page, SERIES_CHART);
                @SuppressWarnings("unchecked")
                List<Boolean> visible = (List<Boolean>) browser.executeScript("var chart = Chart.getChart("
                        + "document.querySelector('#chart-" + SERIES_CHART + " canvas'));"
                        + "return chart.data.datasets.map(function (s, i) { return chart.isDatasetVisible(i); });");
                assertFalse(visible.get(0), page + ": " + visible);
                assertTrue(visible.subList(1, visible.size()).stream().allMatch(v -> v), page + ": " + visible);
                WebElement toggle = browser.findElement(By.cssSelector("#chart-" + SERIES_CHART + " .chart-table-toggle"));
                assertEquals("true", toggle.getAttribute("aria-expanded"), page);
                assertTrue(browser.findElement(By.id("chart-" + SERIES_CHART + "-table")).isDisplayed(), page);
            }
        }
    }

    @Test
    void theToolsFitAPhoneAndADesk() throws Exception {
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            open(served.url("charts/" + CHART + "/"), CHART);
            WebElement links = browser.findElement(By.cssSelector("#chart-" + CHART + " .chart-links"));
            browser.executeScript("arguments[0].scrollIntoView()", links);
            long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, width + " px: the page scrolls sideways by " + overflow);
            assertTrue(links.getText().contains("Download the chart: PNG SVG"), links.getText());
            Screenshots.take(browser, "take-tools-" + width);
        }
    }
}
