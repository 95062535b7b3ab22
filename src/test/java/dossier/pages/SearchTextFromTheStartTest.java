package dossier.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.build.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long page's search text is read from the start of its HTML, and is exactly the text read from the
 * whole page: on every page of a dossier with a page of 1,500 list items and a table of 400 rows, and
 * where the start of a page does not hold its main part or holds little text.
 */
class SearchTextFromTheStartTest {
    @TempDir
    Path temp;

    @Test
    void everyPagesTextIsTheTextOfTheWholePage() throws IOException {
        Path root = temp.resolve("root");
        Files.createDirectories(root.resolve("content/notes"));
        Files.writeString(root.resolve("content/dossier.yaml"), "title: Notes\nbaseUrl: https://example.org/n/\n");
        Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\nThe notes, by number.\n");
        StringBuilder list = new StringBuilder("---\ntitle: Long\n---\nA page longer than its start.\n\n");
        for (int i = 0; i < 1500; i++) {
            list.append("- item ").append(i).append(" (with a note) - and ").append(i % 7 == 0 ? "not given" : "more")
                    .append('\n');
        }
        list.append("\n| a | b |\n|---|---|\n");
        for (int i = 0; i < 400; i++) {
            list.append("| ").append(i).append(" | () |\n");
        }
        Files.writeString(root.resolve("content/notes/long.md"), list.toString());
        Files.writeString(root.resolve("content/notes/short.md"), "---\ntitle: Short\n---\n- one\n- not given\n");
        Path out = temp.resolve("site");
        assertTrue(new SiteBuilder().build(root, out).succeeded());
        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(file -> file.getFileName().toString().equals("index.html")).toList();
        }
        for (Path page : pages) {
            String html = Files.readString(page);
            String whole = SearchIndex.shortened(SearchIndex.readable(Jsoup.parse(html)));
            assertEquals(whole, SearchIndex.document("/", "t", "k", html).text(), out.relativize(page).toString());
        }
        assertTrue(SearchIndex.readableStart(Files.readString(out.resolve("notes/long/index.html"))).isPresent(),
                "the long page is read from its start");
    }

    @Test
    void aPageWhoseStartDoesNotHoldItsMainPartIsReadWhole() {
        String head = "<html><head><style>" + "x".repeat(70 * 1024) + "</style></head><body><nav>Menu</nav>";
        String html = head + "<main><p>" + "word ".repeat(2000) + "</p></main></body></html>";
        assertEquals(Optional.empty(), SearchIndex.readableStart(html));
        assertTrue(SearchIndex.document("/", "t", "k", html).text().startsWith("word word"));
    }

    @Test
    void aStartWithLittleTextInItIsNotTakenForThePagesText() {
        String html = "<html><body><main><p>Lead.</p><svg>" + "<path d=\"M0 0\"/>".repeat(5000) + "</svg><p>"
                + "word ".repeat(2000) + "</p></main></body></html>";
        assertEquals(Optional.empty(), SearchIndex.readableStart(html));
        assertTrue(SearchIndex.document("/", "t", "k", html).text().startsWith("Lead. word word"));
    }
}
