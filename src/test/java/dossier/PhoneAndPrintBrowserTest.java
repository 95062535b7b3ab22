package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The header folds into a menu on phones, wide tables say that they scroll, and print leaves out what paper cannot use. */
@ExtendWith(SharedDossier.class)
class PhoneAndPrintBrowserTest {
    static ServedDossier served;
    static ChromeDriver browser;

    @BeforeAll
    static void start(ServedDossier shared) throws IOException {
        served = shared;
        browser = shared.browser();
    }

    @AfterEach
    void screenMedia() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void onAPhoneTheHeaderIsOneLineWithAMenuButtonThatOpensAndCloses() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(served.url("exercises/"));
        WebElement header = browser.findElement(By.cssSelector(".site-header"));
        WebElement button = browser.findElement(By.cssSelector(".menu-button"));
        WebElement nav = browser.findElement(By.cssSelector(".site-header nav"));
        long viewport = (Long) browser.executeScript("return window.innerHeight;");
        assertTrue(header.getSize().getHeight() * 8 <= viewport,
                "header " + header.getSize().getHeight() + " px of " + viewport + " px");
        assertTrue(button.isDisplayed());
        assertFalse(nav.isDisplayed(), "the navigation is folded");
        assertFalse(browser.findElement(By.id("site-search-input")).isDisplayed(), "the search box is folded");
        shot("phone-header-closed-360");

        button.click();
        assertEquals("true", button.getAttribute("aria-expanded"));
        assertTrue(nav.isDisplayed());
        assertTrue(browser.findElement(By.id("site-search-input")).isDisplayed());
        shot("phone-header-open-360");
        button.sendKeys(Keys.ESCAPE);
        assertFalse(nav.isDisplayed(), "Escape on the button closes the menu too");
        button.click();

        browser.findElement(By.cssSelector(".site-header nav a")).sendKeys(Keys.ESCAPE);
        assertEquals("false", button.getAttribute("aria-expanded"));
        assertFalse(nav.isDisplayed());
        assertEquals(button, browser.switchTo().activeElement(), "Escape gives the focus back to the button");
    }

    @Test
    void withoutScriptTheMenuStaysOpenAndOnADeskThereIsNoMenuButton() throws IOException {
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(served.url(""));
        // The class scripted.js sets is what folds the menu: a page without it is a page without JavaScript.
        browser.executeScript("document.documentElement.classList.remove('scripted');");
        assertFalse(browser.findElement(By.cssSelector(".menu-button")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector(".site-header nav")).isDisplayed());
        long title = browser.findElement(By.cssSelector(".site-title")).getSize().getWidth();
        assertTrue(title > 250, "without script the title keeps the width of the line: " + title + " px");
        long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
        assertTrue(page <= (Long) browser.executeScript("return window.innerWidth;"), "nothing runs off the screen: " + page);
        shot("phone-header-no-script-360");

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(served.url(""));
        assertFalse(browser.findElement(By.cssSelector(".menu-button")).isDisplayed());
        assertTrue(browser.findElement(By.cssSelector(".site-header nav")).isDisplayed());
        assertTrue(browser.findElement(By.id("site-search-input")).isDisplayed());
        WebElement header = browser.findElement(By.cssSelector(".site-header"));
        assertTrue(header.getSize().getHeight() < 120, "desk header " + header.getSize().getHeight() + " px");
        shot("phone-header-1280");
    }

    @Test
    void aWideTableScrollsInsideABorderedBoxThatShowsItScrolls() throws IOException {
        for (int width : new int[] {360, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 800));
            browser.get(served.url("exercises/"));
            WebElement box = browser.findElement(By.cssSelector(".table-wrap"));
            Map<?, ?> style = style(box);
            assertEquals("auto", style.get("overflowX"));
            assertTrue(style.get("borderTopWidth").toString().startsWith("1"), "border " + style.get("borderTopWidth"));
            assertTrue(style.get("backgroundImage").toString().contains("radial-gradient"), "scroll shadows");
            long page = (Long) browser.executeScript("return document.documentElement.scrollWidth;");
            long inner = (Long) browser.executeScript("return window.innerWidth;");
            assertTrue(page <= inner, "the page itself does not scroll sideways at " + width + " px");
            if (width == 360) {
                long scroll = (Long) browser.executeScript("return arguments[0].scrollWidth;", box);
                long client = (Long) browser.executeScript("return arguments[0].clientWidth;", box);
                assertTrue(scroll > client, "at 360 px the records table overflows its box: " + scroll + " > " + client);
                browser.executeScript("arguments[0].scrollIntoView();", box);
            }
            shot("phone-table-" + width);
        }
    }

    @Test
    void printLeavesOutSearchAndNavigationPrintsAddressesAndKeepsFiguresWhole() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(served.url("analysis/military-assistance/"));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        browser.executeScript("window.dispatchEvent(new Event('beforeprint'));");
        assertEquals("none", style(browser.findElement(By.cssSelector(".site-search"))).get("display"));
        assertEquals("none", style(browser.findElement(By.cssSelector(".site-header nav"))).get("display"));

        WebElement internal = browser.findElement(By.cssSelector("main .prose a[href^='/']"));
        String after = (String) browser.executeScript(
                "return getComputedStyle(arguments[0], '::after').content;", internal);
        assertTrue(after.contains(served.url("")), "an internal link prints its absolute address: " + after);
        WebElement anchor = browser.findElement(By.cssSelector("main a[href^='#']"));
        assertEquals("none", browser.executeScript("return getComputedStyle(arguments[0], '::after').content;", anchor));

        assertEquals("avoid", style(browser.findElement(By.cssSelector("figure.chart .chart-canvas"))).get("breakInside"));
        assertFalse(browser.findElement(By.cssSelector("nav.pager")).isDisplayed(), "no previous/next on paper");
        assertTrue(browser.findElements(By.cssSelector(".cite-copy, .chart-download, .chart-download-label")).stream()
                .noneMatch(WebElement::isDisplayed), "no buttons, nor the words that introduce them, on paper");

        Map<String, Object> pdf = browser.executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        assertTrue(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        Screenshots.save("phone-print-military-assistance.pdf", bytes);
    }

    private static Map<?, ?> style(WebElement element) {
        return (Map<?, ?>) browser.executeScript("var s = getComputedStyle(arguments[0]); return {overflowX: s.overflowX,"
                + " borderTopWidth: s.borderTopWidth, backgroundImage: s.backgroundImage, display: s.display,"
                + " breakInside: s.breakInside};", element);
    }

    private static void shot(String name) throws IOException {
        Screenshots.take(browser, name);
    }
}
