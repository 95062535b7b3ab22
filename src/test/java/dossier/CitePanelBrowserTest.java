package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Cite this page" panel in a browser: one style at a time with a choice of style, for the work
 * and for the dossier's entry alike, and a copy button whose result the status line announces.
 */
@ExtendWith(SharedDossier.class)
class CitePanelBrowserTest {
    static ServedDossier served;

    @BeforeAll
    static void start(ServedDossier shared) {
        served = shared;
    }

    @Test
    void oneStyleAtATimeAndACopyThatIsAnnounced() {
        var browser = served.browser();
        browser.get(served.url("sources/note-2-syroezhkin-2003/"));
        Select choice = new Select(browser.findElement(By.id("cite-style-choice")));
        assertEquals(List.of("Chicago Manual of Style 17th edition (author-date)", "APA", "MLA"),
                choice.getOptions().stream().map(WebElement::getText).toList());
        assertEquals(List.of("cite-work-chicago-author-date", "cite-chicago-author-date"), shownStyles(browser));
        choice.selectByVisibleText("APA");
        assertEquals(List.of("cite-work-apa", "cite-apa"), shownStyles(browser));
        WebElement status = browser.findElement(By.cssSelector("#cite .cite-status"));
        assertEquals("polite", status.getAttribute("aria-live"));
        assertEquals("status", status.getAttribute("role"));
        List<WebElement> buttons = browser.findElements(By.cssSelector("#cite .cite-copy"));
        assertEquals(List.of("Copy the citation of the work", "Copy the citation of this entry of the dossier"),
                buttons.stream().map(WebElement::getText).toList());
        buttons.get(0).click();
        Browser.waitUpTo(browser, Duration.ofSeconds(5)).until(driver -> !status.getText().isEmpty());
        // Headless Chromium may refuse the clipboard; either way the reader hears what happened.
        assertTrue(List.of("Copied the APA citation of the work.", "Could not copy; select the citation and copy it.")
                .contains(status.getText()), status.getText());
    }

    private static List<String> shownStyles(org.openqa.selenium.WebDriver browser) {
        return browser.findElements(By.cssSelector("#cite .cite-style")).stream().filter(WebElement::isDisplayed)
                .map(style -> style.getAttribute("id")).toList();
    }
}
