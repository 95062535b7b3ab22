package dossier;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A chart's image download as the page made it: its file name, type and bytes, caught in the page
 * (the anchor's click and the blob behind it) instead of saved by the browser.
 */
record ChartDownload(String name, String type, byte[] bytes) {

    /** Clicks the chart's PNG or SVG button ({@code format} "png" or "svg") and returns the file. */
    @SuppressWarnings("unchecked")
    static ChartDownload of(ChromeDriver browser, String chart, String format) {
        browser.executeScript("window.takeBlobs = {}; window.takeDownloads = [];"
                + "var make = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { var url = make.call(URL, blob); takeBlobs[url] = blob; return url; };"
                + "HTMLAnchorElement.prototype.click = function () {"
                + "  var name = this.download, blob = takeBlobs[this.href];"
                + "  var reader = new FileReader();"
                + "  reader.onload = function () { takeDownloads.push({name: name, type: blob.type, data: reader.result.split(',')[1]}); };"
                + "  reader.readAsDataURL(blob); };");
        browser.findElement(By.cssSelector("#chart-" + chart + " .chart-download[data-format=" + format + "]")).click();
        Map<String, Object> file = (Map<String, Object>) Browser.waitUpTo(browser, Duration.ofSeconds(20)).until(d ->
                browser.executeScript("return window.takeDownloads[0] || null;"));
        return new ChartDownload((String) file.get("name"), (String) file.get("type"),
                Base64.getDecoder().decode((String) file.get("data")));
    }
}
