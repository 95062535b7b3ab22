package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dossier.passage.SourceDocument;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jsoup.Jsoup;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The passage links as a reader's browser follows them: each source text is served as a page of
 * paragraphs far apart, every {@code #:~:text=} link of the built site is opened in Chromium, and
 * the browser must scroll to the paragraph the link's words are in (so the encoding is one Chromium
 * reads, and the paragraph is the one the build checked).
 */
class TextFragmentBrowserTest {
    private static final Pattern DIRECTIVE = Pattern.compile("#:~:text=([^,]*)(?:,(.*))?$");

    @TempDir
    Path temp;

    @Test
    void everyPassageLinkOfTheFixtureScrollsToItsParagraph() throws Exception {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("passages-links"), root);
        Path texts = Files.move(root.resolve("source-texts"), temp.resolve("texts"));
        Path site = temp.resolve("site");
        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", site.toString(), "--quiet",
                "--source-texts", texts.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(8, followEveryLink(root, site, texts), "passage links opened");
    }

    @Test
    void everyPassageLinkOfTheRealDossierScrollsToItsParagraph() throws Exception {
        Path texts = RealDossier.ROOT.resolve("../shared/source").normalize();
        Assumptions.assumeTrue(Files.isRegularFile(texts.resolve("china-brief-2010.txt")),
                "../shared/source/china-brief-2010.txt is not beside the repository");
        Path site = temp.resolve("site");
        BuildRun run = BuildRun.of("build", "--root", RealDossier.ROOT.toString(), "--out", site.toString(),
                "--quiet", "--source-texts", texts.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(followEveryLink(RealDossier.ROOT, site, texts) > 100);
    }

    /** Opens each distinct passage link of the site's current pages; returns how many. */
    private int followEveryLink(Path root, Path site, Path texts) throws Exception {
        Map<String, String> textOfUrl = new LinkedHashMap<>();
        Map<String, SourceDocument> documents = new LinkedHashMap<>();
        try (Stream<Path> works = Files.list(root.resolve("content/sources"))) {
            for (Path work : works.toList()) {
                Matcher url = Pattern.compile("(?m)^url: \"?(\\S+?)\"?$").matcher(Files.readString(work));
                String id = work.getFileName().toString().replace(".yaml", "");
                if (url.find() && Files.isRegularFile(texts.resolve(id + ".txt"))) {
                    textOfUrl.put(url.group(1).replaceAll("#.*", ""), id);
                    documents.put(id, SourceDocument.parse(Files.readString(texts.resolve(id + ".txt"))));
                }
            }
        }
        TreeSet<String> links = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("/v/")).toList()) {
                Jsoup.parse(page.toFile()).select("a.passage[href*=#:~:text=]").forEach(a -> links.add(a.attr("href")));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        documents.forEach((id, document) -> server.createContext("/" + id + ".html", exchange -> {
            byte[] body = page(document).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }));
        server.start();
        ChromeDriver browser = Browser.start(1280, 900);
        List<String> wrong = new ArrayList<>();
        int opened = 0;
        try {
            for (String link : links) {
                int hash = link.indexOf('#');
                String id = textOfUrl.get(link.substring(0, hash));
                if (id == null) {
                    continue;
                }
                // A new document each time: Chromium applies a text fragment when a page loads.
                browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/" + id + ".html?n=" + opened
                        + link.substring(hash));
                opened++;
                String expected = "p" + expectedParagraph(documents.get(id), link.substring(hash));
                String shown;
                try {
                    Browser.waitUpTo(browser, Duration.ofSeconds(3)).until(driver -> visible(browser).size() == 1);
                    shown = visible(browser).get(0);
                } catch (org.openqa.selenium.TimeoutException e) {
                    shown = "no single paragraph in view: " + visible(browser);
                }
                if (!shown.equals(expected)) {
                    wrong.add(link + " showed " + shown + ", not " + expected);
                }
            }
        } finally {
            browser.quit();
            server.stop(0);
        }
        assertEquals(List.of(), wrong);
        return opened;
    }

    @SuppressWarnings("unchecked")
    private static List<String> visible(ChromeDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll('p')]"
                + ".filter(p => { const r = p.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; })"
                + ".map(p => p.id);");
    }

    /** The paragraph that first holds the link's start words: the one the build checked the locator against. */
    private static int expectedParagraph(SourceDocument document, String fragment) {
        Matcher directive = DIRECTIVE.matcher(fragment);
        assertTrue(directive.find(), fragment);
        String start = URLDecoder.decode(directive.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        for (int i = 0; i < document.passages().size(); i++) {
            if (document.passages().get(i).text().contains(start)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph holds " + start);
    }

    /** The text as a page: each paragraph far from the next, so only one can be in view. */
    private static String page(SourceDocument document) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>source</title><style>p{margin:0 0 3000px}body{margin:3000px 0 0}</style></head><body>");
        for (int i = 0; i < document.passages().size(); i++) {
            html.append("<p id=\"p").append(i).append("\">")
                    .append(org.jsoup.nodes.Entities.escape(document.passages().get(i).text())).append("</p>");
        }
        return html.append("</body></html>").toString();
    }
}
