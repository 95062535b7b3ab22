package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The real dossier's charts after the review: hedged values always labelled, bounds on span charts in
 * words only, one label form per chart, tooltips that name the value, headroom above the tallest bar,
 * and bars whose shape reads against the page on the light and the dark theme.
 */
@ExtendWith(SharedDossier.class)
class ChartPolishBrowserTest {
    private static final int[] WIDTHS = {360, 1280};

    static ServedDossier served;
    static ChromeDriver browser;

    @BeforeAll
    static void start(ServedDossier shared) {
        served = shared;
        browser = served.browser();
    }

    private static void shoot(String css, String name) {
        var element = browser.findElement(By.cssSelector(css));
        browser.executeScript("arguments[0].scrollIntoView();", element);
        Screenshots.take(element, name);
    }

    private static void open(String page, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(served.url(page));
        awaitDrawn();
    }

    private static void awaitDrawn() {
        Browser.waitUpTo(browser, Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector("figure.chart"))
                .stream().allMatch(f -> "true".equals(f.findElement(By.tagName("canvas")).getDomAttribute("data-drawn"))));
    }

    /** The labels the page's first chart drew, as "dataset:index text". */
    @SuppressWarnings("unchecked")
    private static List<String> labels() {
        return (List<String>) browser.executeScript("""
                return Chart.getChart(document.querySelector('figure.chart canvas')).dossierLabels
                  .map(function (l) { return l.dataset + ':' + l.index + ' ' + l.text; });
                """);
    }

    @Test
    void hedgedValuesAreLabelledWithTheirHedgeAtEveryWidth() {
        for (int width : WIDTHS) {
            open("charts/aid-by-recipient/", width);
            shoot("#chart-aid-by-recipient canvas", "chartpolish-aid-by-recipient-" + width);
            List<String> labels = labels();
            // Dataset 1 is Kyrgyzstan's August 2008 delivery, "about $700,000", the fifth bar.
            assertTrue(labels.stream().anyMatch(l -> l.startsWith("1:4 about")), width + " px: " + labels);
            assertTrue(labels.size() >= 5, "five bars, so their values are labelled at " + width + " px: " + labels);
            open("charts/trade-2008/", width);
            assertTrue(labels().stream().anyMatch(l -> l.startsWith("0:0 more than")), width + " px: " + labels());
        }
    }

    @Test
    void aBoundOnASpanChartIsInWordsWithoutAnArrowOnTheTimeAxis() {
        open("charts/aid-over-time/", 1280);
        // The real dossier's spans have no bound; make Kazakhstan's a lower bound and draw the chart again.
        browser.executeScript("""
                var figure = document.querySelector('figure.chart');
                var canvas = figure.querySelector('canvas');
                Chart.getChart(canvas).destroy();
                canvas.removeAttribute('data-drawn');
                var data = figure.querySelector("script[type='application/json']");
                var spec = JSON.parse(data.textContent);
                spec.datasets[0].qualifiers[0] = 'more than';
                data.textContent = JSON.stringify(spec);
                var script = document.createElement('script');
                script.src = document.querySelector("script[src*='charts.js']").src;
                document.body.appendChild(script);
                """);
        awaitDrawn();
        assertTrue(labels().stream().anyMatch(l -> l.equals("0:0 more than $4.5 million")), labels().toString());
        Object bounds = browser.executeScript(
                "return Chart.getChart(document.querySelector('figure.chart canvas')).dossierBounds.length;");
        assertEquals(0L, bounds, "no arrowhead: on a time axis it would say the period goes on");
    }

    @Test
    void everyBarOfAChartIsLabelledTheSameWay() {
        open("analysis/joint-exercises/", 1280);
        List<String> labels = labels();
        // Seven segments; the unit (records) is the axis title, so each label is the bare number.
        assertEquals(7, labels.size(), labels.toString());
        assertTrue(labels.stream().allMatch(l -> l.matches("\\d+:\\d+ \\d+")), labels.toString());
        shoot("figure.chart canvas", "chartpolish-joint-exercises-1280");
        for (int width : WIDTHS) {
            open("charts/aid-by-recipient/", width);
            assertTrue(labels().stream().noneMatch(l -> l.contains("(")), "no label carries its period: " + labels());
            // Beside horizontal bars, every period the source gives, or none; never "(not given)".
            open("charts/training-by-country/", width);
            long withPeriod = labels().stream().filter(l -> l.contains("(")).count();
            assertTrue(labels().stream().noneMatch(l -> l.contains("not given")), labels().toString());
            assertTrue(withPeriod == 0 || withPeriod == 3, width + " px: " + labels());
            if (width == 1280) {
                assertEquals(3, withPeriod, labels().toString());
            }
            shoot("figure.chart canvas", "chartpolish-training-" + width);
        }
    }

    private static String tooltip(int dataset, int index) {
        return (String) browser.executeScript("""
                var chart = Chart.getChart(document.querySelector('figure.chart canvas'));
                var i = arguments[0], j = arguments[1];
                return chart.options.plugins.tooltip.callbacks.label({datasetIndex: i, dataIndex: j,
                  raw: chart.data.datasets[i].data[j], label: chart.data.labels[j]});
                """, dataset, index);
    }

    @Test
    void tooltipsNameTheValueAndLeaveOutAMissingPeriod() {
        open("charts/training-by-country/", 1280);
        assertEquals("Thirty Kyrgyz officers trained in China: 30 people", tooltip(3, 1));
        assertEquals("Kazakh officers sent to China, 1990–2005: 15 people", tooltip(1, 0));
        open("charts/trade-2008/", 1280);
        assertEquals("China: more than $25 billion", tooltip(0, 0));
    }

    @Test
    void theValueAxisHasRoomAboveTheTallestBar() {
        open("charts/troop-contributions/", 1280);
        Number max = (Number) browser.executeScript(
                "return Chart.getChart(document.querySelector('figure.chart canvas')).scales.y.max;");
        assertTrue(max.doubleValue() > 300, "the axis goes past 300: " + max);
    }

    /** For every bar of every chart: its fill, or its outline, at 3:1 or more against the page. */
    @SuppressWarnings("unchecked")
    private static List<String> faintBars() {
        return (List<String>) browser.executeScript("""
                function rgb(c) {
                  var m = /^#([0-9a-f]{6})$/i.exec(c);
                  if (m) { var n = parseInt(m[1], 16); return [n >> 16, (n >> 8) & 255, n & 255]; }
                  m = /rgba?\\((\\d+),\\s*(\\d+),\\s*(\\d+)/.exec(c);
                  return [+m[1], +m[2], +m[3]];
                }
                function lum(c) {
                  var l = rgb(c).map(function (v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
                }
                function ratio(a, b) {
                  var x = lum(a), y = lum(b);
                  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
                }
                var page = getComputedStyle(document.body).backgroundColor;
                var faint = [];
                document.querySelectorAll('figure.chart canvas').forEach(function (canvas) {
                  var chart = Chart.getChart(canvas);
                  chart.getSortedVisibleDatasetMetas().forEach(function (meta) {
                    meta.data.forEach(function (bar) {
                      var o = bar.options;
                      if (ratio(o.backgroundColor, page) < 3 && !(o.borderWidth >= 1 && ratio(o.borderColor, page) >= 3)) {
                        faint.push(canvas.closest('figure').id + ' ' + o.backgroundColor + ' on ' + page);
                      }
                    });
                  });
                });
                return faint;
                """);
    }

    @Test
    void everyBarReadsAgainstTheLightAndTheDarkPage() {
        List<String> pages = List.of("charts/aid-by-recipient/", "charts/aid-over-time/", "charts/trade-2008/");
        try {
            for (String scheme : List.of("light", "dark")) {
                browser.executeCdpCommand("Emulation.setEmulatedMedia",
                        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                for (String page : pages) {
                    open(page, 1280);
                    assertEquals(List.of(), faintBars(), scheme + " " + page);
                }
                shoot("figure.chart canvas", "chartpolish-trade-" + scheme + "-1280");
            }
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        }
    }
}
