package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The charts of the real dossier as a reader sees them at 360 and 1280 px: aid over time as spans,
 * one colour per thing on a page, legends within a third of the chart, whole-number count axes,
 * and no empty chart box without JavaScript.
 */
@ExtendWith(SharedDossier.class)
class ChartTruthBrowserTest {
    private static final int[] WIDTHS = {360, 1280};
    private static final List<String> CHART_PAGES = List.of("analysis/military-assistance/",
            "analysis/joint-exercises/", "analysis/officer-training/", "analysis/trade-and-energy/");

    static ServedDossier served;
    static ChromeDriver browser;

    @BeforeAll
    static void start(ServedDossier shared) throws IOException {
        served = shared;
        browser = served.browser();
    }

    /** Opens a page at a width and waits until every chart on it is drawn. */
    private static void open(String page, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(served.url(page));
        Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("figure.chart"))
                .stream().allMatch(f -> "true".equals(f.findElement(By.tagName("canvas")).getDomAttribute("data-drawn"))));
    }

    private static void shoot(WebElement element, String name) throws IOException {
        browser.executeScript("arguments[0].scrollIntoView();", element);
        Screenshots.take(element, "truth-" + name);
    }

    @Test
    void aidOverTimeIsDrawnAsSpansFromStartToEnd() throws IOException {
        for (int width : WIDTHS) {
            open("charts/aid-over-time/", width);
            @SuppressWarnings("unchecked")
            Map<String, Object> drawn = (Map<String, Object>) browser.executeScript("""
                    var chart = Chart.getChart(document.querySelector('#chart-aid-over-time canvas'));
                    var widths = {};
                    chart.data.datasets.forEach(function (set, i) {
                      chart.getDatasetMeta(i).data.forEach(function (bar, j) {
                        widths[set.label + ' ' + set.data[j].x.join('-')] = bar.width;
                      });
                    });
                    return {floating: chart.data.datasets.every(function (set) {
                              return set.data.every(function (v) { return Array.isArray(v.x); }); }),
                            horizontal: chart.options.indexAxis === 'y', axis: chart.scales.x.type, widths: widths};
                    """);
            assertEquals(true, drawn.get("floating"), "every bar runs from a start to an end");
            assertEquals(true, drawn.get("horizontal"));
            assertEquals("linear", drawn.get("axis"), "a time axis of years");
            @SuppressWarnings("unchecked")
            Map<String, Number> widths = (Map<String, Number>) drawn.get("widths");
            double period = widths.get("Tajikistan 1993-2009").doubleValue();
            double year = widths.get("Tajikistan 2009-2010").doubleValue();
            assertTrue(period > 10 * year && year > 3, "1993–2008 is sixteen times as long as 2009: " + widths);
            shoot(browser.findElement(By.id("chart-aid-over-time")), "aid-over-time-" + width);
        }
    }

    /** Each thing a chart colours ("Tajikistan", "bilateral") with the colour it has there, from the drawn charts. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> colouredThings() {
        return (List<List<String>>) browser.executeScript("""
                var found = [];
                document.querySelectorAll('figure.chart canvas').forEach(function (canvas) {
                  var chart = Chart.getChart(canvas);
                  var spec = JSON.parse(canvas.closest('figure').querySelector('.chart-data').textContent);
                  chart.data.datasets.forEach(function (set, i) {
                    set.data.forEach(function (value, j) {
                      if (value === null) { return; }
                      var colour = Array.isArray(set.backgroundColor) ? set.backgroundColor[j] : set.backgroundColor;
                      var byCategory = spec.type !== 'span' && (spec.seriesAreRecords || chart.data.datasets.length === 1);
                      found.push([byCategory ? chart.data.labels[j] : set.label, colour.toLowerCase(), canvas.closest('figure').id]);
                    });
                  });
                });
                return found;
                """);
    }

    @Test
    void aThingHasOneColourOnEveryChartOfAPageAndNoColourMeansTwoThings() throws IOException {
        for (String page : List.of("analysis/military-assistance/", "analysis/joint-exercises/")) {
            open(page, 1280);
            List<List<String>> things = colouredThings();
            Map<String, List<String>> coloursOf = new java.util.TreeMap<>();
            Map<String, List<String>> thingsOf = new java.util.TreeMap<>();
            for (List<String> thing : things) {
                coloursOf.computeIfAbsent(thing.get(0), k -> new java.util.ArrayList<>()).add(thing.get(1));
                thingsOf.computeIfAbsent(thing.get(1), k -> new java.util.ArrayList<>()).add(thing.get(0));
            }
            coloursOf.forEach((thing, colours) -> assertEquals(1, colours.stream().distinct().count(),
                    page + ": " + thing + " has one colour, not " + colours));
            thingsOf.forEach((colour, named) -> assertEquals(1, named.stream().distinct().count(),
                    page + ": " + colour + " means one thing, not " + named));
            for (WebElement figure : browser.findElements(By.cssSelector("figure.chart"))) {
                shoot(figure, figure.getDomAttribute("id").substring("chart-".length()) + "-1280");
            }
            if (page.contains("military")) {
                assertEquals(2, things.stream().filter(t -> t.get(0).equals("Tajikistan")).map(t -> t.get(2))
                        .distinct().count(), "Tajikistan is in both aid charts: " + things);
            }
        }
        open("analysis/joint-exercises/", 360);
        for (WebElement figure : browser.findElements(By.cssSelector("figure.chart"))) {
            shoot(figure, figure.getDomAttribute("id").substring("chart-".length()) + "-360");
        }
    }

    @Test
    void legendsTakeAtMostAThirdOfTheChartOnAPhone() throws IOException {
        for (String page : CHART_PAGES) {
            open(page, 360);
            @SuppressWarnings("unchecked")
            List<String> tooTall = (List<String>) browser.executeScript("""
                    var tall = [];
                    document.querySelectorAll('figure.chart canvas').forEach(function (canvas) {
                      var chart = Chart.getChart(canvas);
                      var legend = chart.legend && chart.legend.options.display ? chart.legend.height : 0;
                      if (legend > chart.height / 3) { tall.push(canvas.closest('figure').id + ': ' + legend + ' of ' + chart.height); }
                    });
                    return tall;
                    """);
            assertEquals(List.of(), tooTall, page);
            for (WebElement figure : browser.findElements(By.cssSelector("figure.chart"))) {
                shoot(figure, figure.getDomAttribute("id").substring("chart-".length()) + "-360");
            }
        }
    }

    @Test
    void countAxesHaveWholeNumberTicksOnly() {
        for (int width : WIDTHS) {
            for (String chart : List.of("exercises-per-year", "troop-contributions", "training-by-country")) {
                open("charts/" + chart + "/", width);
                @SuppressWarnings("unchecked")
                List<Number> ticks = (List<Number>) browser.executeScript("""
                        var chart = Chart.getChart(document.querySelector('figure.chart canvas'));
                        var axis = chart.options.indexAxis === 'y' ? chart.scales.x : chart.scales.y;
                        return axis.ticks.map(function (t) { return t.value; });
                        """);
                assertFalse(ticks.isEmpty(), chart);
                assertTrue(ticks.stream().allMatch(t -> t.doubleValue() == Math.rint(t.doubleValue())),
                        chart + " at " + width + " px has ticks " + ticks);
            }
        }
    }

    @Test
    void tooltipsNameThePeriodOnceAndCountOneThingInTheSingular() {
        open("charts/aid-by-recipient/", 1280);
        @SuppressWarnings("unchecked")
        List<String> twice = (List<String>) browser.executeScript("""
                var chart = Chart.getChart(document.querySelector('figure.chart canvas'));
                var spec = JSON.parse(document.querySelector('figure.chart .chart-data').textContent);
                var label = chart.options.plugins.tooltip.callbacks.label;
                var twice = [];
                chart.data.datasets.forEach(function (set, i) {
                  set.data.forEach(function (value, j) {
                    var note = spec.datasets[i].notes[j];
                    if (value === null || !note) { return; }
                    var text = label({datasetIndex: i, dataIndex: j, raw: value, label: chart.data.labels[j]});
                    if (text.split(note).length > 2) { twice.push(text); }
                  });
                });
                return twice;
                """);
        assertEquals(List.of(), twice, "a tooltip names its period once");
        open("charts/exercises-per-year/", 1280);
        Object one = browser.executeScript("""
                var chart = Chart.getChart(document.querySelector('figure.chart canvas'));
                var set = chart.data.datasets.findIndex(function (s) { return s.label === 'bilateral'; });
                var year = chart.data.labels.indexOf('2002');
                return chart.options.plugins.tooltip.callbacks.label({datasetIndex: set, dataIndex: year,
                  raw: chart.data.datasets[set].data[year], label: '2002'});
                """);
        assertEquals("bilateral: 1 record", one);
    }

    @Test
    void withoutJavaScriptNoChartBoxShowsButItsTableDoes() throws IOException {
        browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            for (int width : WIDTHS) {
                browser.manage().window().setSize(new Dimension(width, 900));
                browser.get(served.url("analysis/military-assistance/"));
                List<WebElement> figures = browser.findElements(By.cssSelector("figure.chart"));
                assertEquals(2, figures.size());
                for (WebElement figure : figures) {
                    assertFalse(figure.findElement(By.className("chart-canvas")).isDisplayed(),
                            figure.getDomAttribute("id") + " shows an empty box");
                    assertTrue(figure.findElement(By.cssSelector(".chart-table table")).isDisplayed(),
                            figure.getDomAttribute("id") + " hides its table");
                }
                shoot(figures.get(0), "no-javascript-" + width);
            }
        } finally {
            browser.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }
}
