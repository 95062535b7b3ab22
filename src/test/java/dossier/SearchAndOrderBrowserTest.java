package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.serve.StaticServer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Search a reader can share and go back through, with passages that start at a word and mark what
 * was found; dates in time order in the sources table, on the timeline and in previous and next.
 */
@ExtendWith(SharedDossier.class)
class SearchAndOrderBrowserTest {
    private static final int[] WIDTHS = {360, 1280};

    static ServedDossier served;
    static StaticServer server;
    static ChromeDriver browser;

    @BeforeAll
    static void start(ServedDossier shared) throws IOException {
        served = shared;
        server = served.server();
        browser = served.browser();
    }

    @Test
    void aSharedSearchLinkOpensWithItsResultsItsQueryInBothBoxesAndPassagesThatStartAtAWord() throws IOException {
        Map<String, String> indexed = new HashMap<>();
        for (JsonNode entry : new ObjectMapper().readTree(served.site().resolve("search-index.json").toFile())) {
            indexed.put(entry.path("u").asText(), entry.path("x").asText());
        }
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(server.url() + "search/?q=kazakh");
            List<WebElement> results = resultsFor("kazakh");
            assertTrue(results.size() >= 5, "results for a shared link: " + results.size());
            assertEquals("kazakh", browser.findElement(By.id("search-input")).getAttribute("value"));
            assertEquals("kazakh", browser.findElement(By.id("site-search-input")).getAttribute("value"),
                    "the header's box shows the query too");
            int marked = 0;
            for (WebElement result : results) {
                String url = result.findElement(By.tagName("a")).getAttribute("pathname");
                String passage = result.findElement(By.tagName("p")).getText();
                String text = indexed.get(url);
                String start = passage.startsWith("… ") ? passage.substring(2) : passage;
                start = start.endsWith(" …") ? start.substring(0, start.length() - 2) : start;
                int at = text.indexOf(start);
                assertTrue(at >= 0, "the passage is the page's text: " + passage);
                assertTrue(at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)),
                        "the passage starts at a word, not inside one: " + passage);
                int end = at + start.length();
                assertTrue(end == text.length() || !Character.isLetterOrDigit(text.charAt(end)),
                        "the passage ends at a word: " + passage);
                for (WebElement mark : result.findElements(By.tagName("mark"))) {
                    assertTrue(mark.getText().toLowerCase(Locale.ROOT).startsWith("kazakh"), mark.getText());
                    marked++;
                }
                assertFalse(passage.contains("Download"), "no download link in a passage: " + passage);
            }
            assertTrue(marked >= results.size() / 2, "the words found are marked: " + marked);
            shot("search", width);
        }
    }

    @Test
    void backAndForwardGoThroughEarlierQueriesAndTheirResults() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(server.url() + "search/?q=kazakh");
        String kazakhFirst = resultsFor("kazakh").get(0).getText();
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "tajik");
        String tajikFirst = resultsFor("tajik").get(0).getText();
        assertTrue(browser.getCurrentUrl().endsWith("/search/?q=tajik"), browser.getCurrentUrl());
        browser.navigate().back();
        assertEquals(kazakhFirst, resultsFor("kazakh").get(0).getText(), "Back restores the first query's results");
        assertTrue(browser.getCurrentUrl().endsWith("/search/?q=kazakh"), browser.getCurrentUrl());
        assertEquals("kazakh", browser.findElement(By.id("search-input")).getAttribute("value"));
        assertEquals("kazakh", browser.findElement(By.id("site-search-input")).getAttribute("value"));
        browser.navigate().forward();
        assertEquals(tajikFirst, resultsFor("tajik").get(0).getText(), "Forward brings the second back");
        input = browser.findElement(By.id("search-input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Dzhaksybekov", Keys.ENTER);
        resultsFor("Dzhaksybekov");
        browser.navigate().back();
        resultsFor("tajik");
    }

    @Test
    void sortingTheSourcesByDateIsChronologicalWithUndatedLast() throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(server.url() + "sources/");
            WebElement date = browser.findElement(By.xpath("//table[contains(@class,'records')]//th/button[.='Date']"));
            date.click();
            List<String> ascending = dateColumn();
            date.click();
            List<String> descending = dateColumn();
            if (width == 1280) {
                shot("sources", width);
            }
            date.click();
            assertEquals(List.of("2003", "2003", "April 28, 2004", "July 12, 2004", "September 21, 2005",
                    "April 5, 2006"), ascending.subList(0, 6), "ascending by date");
            assertTrue(ascending.indexOf("2010") > ascending.indexOf("December 25, 2009"), ascending.toString());
            assertEquals("2010", descending.get(0), "descending by date");
            for (List<String> order : List.of(ascending, descending)) {
                List<String> tail = order.subList(order.size() - 4, order.size());
                assertTrue(tail.stream().allMatch(d -> d.isEmpty() || d.contains("no year") || d.equals("no date")),
                        "undated sources come last whichever way: " + order);
            }
            if (width == 360) {
                shot("sources", width);
            }
        }
    }

    @Test
    void theTimelinePutsAVagueDateWhereItBelongsInItsYear() throws IOException {
        for (int width : WIDTHS) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(server.url() + "timeline/#y2009");
            List<String> dates = browser.findElements(By.cssSelector("#y2009 .timeline .when")).stream()
                    .map(WebElement::getText).toList();
            List<String> expected = new ArrayList<>(List.of("beginning of 2009", "April 2009", "17–19 July 2009",
                    "by 24 September 2009", "December 2009", "December 2009"));
            expected.addAll(Collections.nCopies(6, "2009"));
            assertEquals(expected, dates);
            shot("timeline", width);
        }
    }

    @Test
    void previousAndNextFollowTheCollectionsOrderByDate() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(server.url() + "exercises/peace-mission-2007/");
        String previous = browser.findElement(By.cssSelector(".pager [rel=prev]")).getText();
        assertTrue(previous.endsWith("2007 anti-Terror Issyk-Kul"), "late May 2007 comes before 9–17 August 2007: " + previous);
        browser.get(server.url() + "sources/note-3-mcdermott-2007/");
        assertTrue(browser.findElement(By.cssSelector(".pager [rel=next]")).getText().endsWith("May 15, 2008"),
                "the sources follow their dates");
    }

    /** The results once the page shows them for this query. */
    private static List<WebElement> resultsFor(String query) {
        Browser.waitUpTo(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("search-status")).getText()
                .matches("\\d+ results? for “" + query + "”"));
        return browser.findElements(By.cssSelector("#search-results li"));
    }

    private static List<String> dateColumn() {
        return browser.findElements(By.cssSelector("table.records tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(1).getText()).toList();
    }

    private static void shot(String what, int width) throws IOException {
        Screenshots.take(browser, "find-" + what + "-" + width);
    }
}
