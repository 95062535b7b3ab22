package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.serve.StaticServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** Search, sortable and filterable tables, and a layout that fits from 360 px phones to desktops. */
@ExtendWith(SharedDossier.class)
class ReaderExperienceTest {
    private static final List<String> PAGES = List.of("", "exercises/", "aid/", "countries/kazakhstan/",
            "exercises/peace-mission-2007/", "analysis/military-assistance/", "charts/aid-by-recipient/", "timeline/",
            "sources/", "search/?q=kazakh", "methodology/");

    static ServedDossier served;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(ServedDossier shared) {
        served = shared;
        server = served.server();
        browser = served.browser();
    }

    @Test
    void noPageScrollsSidewaysOnAPhoneOrADesktop() throws IOException {
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        List<String> overflowing = new ArrayList<>();
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (String page : PAGES) {
                browser.get(server.url() + page);
                long scroll = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
                long inner = (Long) browser.executeScript("return window.innerWidth;");
                if (scroll > inner) {
                    overflowing.add(width + "px " + page + ": " + scroll + " > " + inner);
                }
                String name = (page.isEmpty() ? "home" : page.replaceAll("[^a-z0-9]+", "-")) + "-" + width + ".png";
                Files.write(shots.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
            }
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void searchFindsPagesAndRecordsWithKindAndSnippetByKeyboard() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(server.url() + "search/");
        WebElement input = browser.findElement(By.id("search-input"));
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-status")).getText()
                .startsWith("Type a word"));
        input.sendKeys("Dzhaksybekov");
        WebElement first = Browser.waitUpTo(browser, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#search-results li")).stream().findFirst().orElse(null));
        String kinds = String.join(" | ", browser.findElements(By.cssSelector("#search-results .result-kind"))
                .stream().map(WebElement::getText).toList());
        assertTrue(kinds.contains("People"), kinds);
        assertTrue(first.findElement(By.tagName("mark")).getText().equalsIgnoreCase("Dzhaksybekov"));
        input.sendKeys(Keys.ARROW_DOWN);
        assertEquals(first.findElement(By.tagName("a")), browser.switchTo().activeElement(), "arrow keys reach results");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/search/"));
    }

    @Test
    void collectionTablesSortAndFilter() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(server.url() + "exercises/");
        new Select(browser.findElement(By.cssSelector(".table-filters select[id$='-2']"))).selectByVisibleText("bilateral");
        List<WebElement> visible = browser.findElements(By.cssSelector("table.records tbody tr")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertTrue(visible.size() >= 3 && visible.size() < 14, "bilateral rows: " + visible.size());
        visible.forEach(row -> assertEquals("bilateral", row.findElements(By.tagName("td")).get(1).getText()));
        WebElement when = browser.findElement(By.xpath("//table[contains(@class,'records')]//th[2]/button"));
        when.click();
        when.click();
        String firstYear = browser.findElements(By.cssSelector("table.records tbody tr")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow().findElements(By.tagName("td")).get(0).getText();
        assertEquals("since 2008", firstYear, "descending by date, among bilateral rows");
        assertEquals("descending", browser.findElement(By.xpath("//table[contains(@class,'records')]//th[2]"))
                .getAttribute("aria-sort"));
    }
}
