package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analysis essays read as long reads should on a phone and a desktop: contents beside the text
 * or above it, a page for /analysis/, previous and next in weight order, footnote previews on hover
 * and on focus, and each footnote's back-link on the line of its text.
 */
@ExtendWith(SharedDossier.class)
class LongReadBrowserTest {
    private static final String ESSAY = "analysis/military-assistance/";

    static ServedDossier served;
    static ChromeDriver browser;

    @BeforeAll
    static void start(ServedDossier shared) throws IOException {
        served = shared;
        browser = served.browser();
    }

    private static void open(String page, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(served.url(page));
    }

    private static void screenshot(String what, int width) throws IOException {
        Screenshots.take(browser, "reads-" + what + "-" + width);
    }

    private static String box(Rectangle r) {
        return r.getWidth() + "x" + r.getHeight() + " at " + r.getX() + "," + r.getY();
    }

    private static WebDriverWait waiting() {
        return Browser.waitUpTo(browser, Duration.ofSeconds(5));
    }

    @Test
    void theContentsStandBesideTheTextOnADesktopAndAboveItOnAPhone() throws IOException {
        open(ESSAY, 1280);
        WebElement toc = browser.findElement(By.cssSelector("nav.toc[aria-label='Contents']"));
        Rectangle wide = toc.getRect();
        Rectangle text = browser.findElement(By.cssSelector(".long-read .prose")).getRect();
        assertTrue(wide.getX() >= text.getX() + text.getWidth(),
                "beside the text: " + box(wide) + " / " + box(text));
        assertTrue(wide.getY() < text.getY() + 200, "at the top of the text: " + wide.getY() + " / " + text.getY());
        assertEquals(List.of("Kazakhstan, the preferred partner", "Turkmenistan, Tajikistan and Kyrgyzstan",
                "Uzbekistan", "Notes"), toc.findElements(By.cssSelector("li > a")).stream().map(WebElement::getText)
                .toList());
        screenshot("contents", 1280);
        // Sticky: still in view after scrolling far into the essay.
        browser.executeScript("window.scrollTo(0, 2500)");
        waiting().until(d -> toc.getRect().getY() > 2000);
        long top = (Long) browser.executeScript("return Math.round(arguments[0].getBoundingClientRect().top);", toc);
        assertTrue(top >= 0 && top < 100, "stays in view: " + top);

        open(ESSAY, 360);
        Rectangle narrow = browser.findElement(By.cssSelector("nav.toc")).getRect();
        Rectangle column = browser.findElement(By.cssSelector(".long-read .prose")).getRect();
        assertTrue(narrow.getY() + narrow.getHeight() <= column.getY(),
                "above the text: " + box(narrow) + " / " + box(column));
        assertTrue(narrow.getY() > browser.findElement(By.tagName("h1")).getRect().getY(), "below the title");
        assertTrue(narrow.getWidth() <= 360, "fits the phone: " + narrow.getWidth());
        screenshot("contents", 360);
    }

    @Test
    void theAnalysisFolderListsItsEssaysWithTheirSummaries() throws IOException {
        for (int width : new int[] {360, 1280}) {
            open("analysis/", width);
            assertEquals("Analysis", browser.findElement(By.tagName("h1")).getText());
            List<WebElement> items = browser.findElements(By.cssSelector("ol.folder-list > li"));
            assertEquals(List.of("Joint exercises", "Military assistance", "Officer training", "Trade and energy",
                    "Future areas of cooperation", "The limits of cooperation"), items.stream()
                    .map(item -> item.findElement(By.tagName("a")).getText()).toList());
            items.forEach(item -> assertTrue(item.findElement(By.tagName("p")).getText().length() > 60,
                    "a summary: " + item.getText()));
            screenshot("folder", width);
        }
    }

    @Test
    void previousAndNextFollowTheEssaysWeights() {
        open(ESSAY, 1280);
        assertEquals(List.of("Previous\nJoint exercises", "Next\nOfficer training"),
                browser.findElements(By.cssSelector("nav.pager a")).stream().map(WebElement::getText).toList());
        browser.findElement(By.cssSelector("nav.pager a[rel='next']")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/analysis/officer-training/"));
        assertEquals("Analysis", browser.findElement(By.cssSelector("nav.breadcrumbs li:nth-child(2) a")).getText());
    }

    @Test
    void aFootnotePreviewShowsOnHoverAndOnFocusAndGoesOnEscapeAndBlur() throws IOException {
        for (int width : new int[] {1280, 360}) {
            open(ESSAY, width);
            WebElement ref = browser.findElement(By.cssSelector("a.footnote-ref[href='#fn-2']"));
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", ref);
            String note = ((String) browser.executeScript("var n = document.getElementById('fn-2').cloneNode(true);"
                    + "n.querySelectorAll('.footnote-backref').forEach(function (a) { a.remove(); });"
                    + "return n.textContent;")).replaceAll("\\s+", " ").strip();
            WebElement preview;

            new Actions(browser).moveToElement(ref).perform();
            preview = waiting().until(d -> d.findElements(By.cssSelector("[role='tooltip']")).stream()
                    .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertEquals(note, preview.getText());
            assertEquals(preview.getAttribute("id"), ref.getAttribute("aria-describedby"));
            Rectangle box = preview.getRect();
            assertTrue(box.getX() >= 0 && box.getX() + box.getWidth() <= width, "within the window: " + box(box));
            screenshot("footnote", width);
            new Actions(browser).moveToElement(browser.findElement(By.tagName("h1"))).perform();
            waiting().until(d -> !preview.isDisplayed());
            assertNull(ref.getAttribute("aria-describedby"));

            browser.executeScript("arguments[0].focus();", ref);
            waiting().until(d -> preview.isDisplayed());
            assertEquals(note, preview.getText());
            new Actions(browser).sendKeys(Keys.ESCAPE).perform();
            waiting().until(d -> !preview.isDisplayed());
            assertEquals(ref, browser.switchTo().activeElement(), "Escape leaves the focus where it was");

            browser.executeScript("arguments[0].blur(); arguments[0].focus();", ref);
            waiting().until(d -> preview.isDisplayed());
            browser.executeScript("arguments[0].blur();", ref);
            waiting().until(d -> !preview.isDisplayed());
        }
    }

    @Test
    void theBackLinkIsOnTheLastLineOfItsNote() {
        open(ESSAY, 360);
        for (WebElement note : browser.findElements(By.cssSelector(".footnotes li"))) {
            WebElement back = note.findElement(By.cssSelector("a.footnote-backref"));
            WebElement paragraph = note.findElement(By.xpath("./p[last()]"));
            Rectangle link = back.getRect();
            Rectangle text = paragraph.getRect();
            assertTrue(link.getY() >= text.getY() && link.getY() + link.getHeight() <= text.getY() + text.getHeight(),
                    "inside the paragraph: " + box(link) + " / " + box(text));
            assertTrue(link.getY() + link.getHeight() > text.getY() + text.getHeight() - 40,
                    "on its last line: " + box(link) + " / " + box(text));
        }
    }
}
