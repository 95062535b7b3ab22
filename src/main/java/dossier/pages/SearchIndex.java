package dossier.pages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dossier.cache.SearchEntry;
import dossier.io.Jackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The documents of the full-text search, gathered from the pages as they are written and saved as
 * {@code /search-index.json}: url, title, kind and the page's readable text, cut short. The browser
 * indexes them with lunr, offline.
 */
public final class SearchIndex {
    /** Where the index is published. */
    public static final String FILE = "search-index.json";
    private static final int MAX_TEXT = 1200;
    /** How much of a long page's HTML is read first: far more than any page's head and navigation. */
    private static final int START = 64 * 1024;
    /**
     * What is not the page's readable text: its title (indexed on its own), navigation, charts and the
     * citation panel, and the words around the values rather than the values: field labels ({@code dt}),
     * table headings and captions, section headings of a record ("Sources", "Linked from"), download
     * and passage links, footnote numbers and back-links, forms.
     */
    private static final String NOT_TEXT = String.join(", ", "h1", "nav", "script", "noscript", "form",
            "figure.chart", "section.cite", "section.related", "section.embed-code", "aside.version-notice", ".draft-mark",
            "dt", "caption", "thead", ".downloads", "a[download]", "a.passage", "p.note > strong:first-child",
            "section.sources > h2", "section.backlinks > h2", "section.backlinks > h3", "#cited-by > h2",
            "#cited-by > h3", "a.footnote-ref", "a.footnote-backref");
    private static final String SEPARATOR = "·";
    /** Separators of nested values ("a · · b"), and one before a sentence's end, kept once. */
    private static final Pattern REPEATED_SEPARATORS = Pattern.compile("(?:\\s+·)+(?=\\s|$)");
    /** The brackets a removed passage link leaves: "paragraph 2 ( )". */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\s*\\(\\s*\\)");

    private final Map<String, SearchEntry> documents = new ConcurrentHashMap<>();

    public void add(SearchEntry document) {
        documents.put(document.url(), document);
    }

    /** The page's entry: the readable text of its main part, cut short at a word. */
    public static SearchEntry document(String url, String title, String kind, String html) {
        return new SearchEntry(url, title, kind, shortened(readableStart(html)
                .orElseGet(() -> readable(Jsoup.parse(html)))));
    }

    /** The text an entry keeps: cut short at a word. */
    static String shortened(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_TEXT);
        return text.substring(0, cut > 0 ? cut : MAX_TEXT) + " …";
    }

    /**
     * The readable text of the page's first {@value #START} characters, when that much HTML holds its
     * main part's start and gives at least twice the text an entry keeps: the text read from the start
     * of a page is the start of its whole text, up to where the HTML was cut. A folder's or the home
     * page's list of thousands of pages is then not parsed whole for its first words.
     */
    static Optional<String> readableStart(String html) {
        if (html.length() <= START) {
            return Optional.empty();
        }
        Document start = Jsoup.parse(html.substring(0, START));
        return start.selectFirst("main") == null ? Optional.empty()
                : Optional.of(readable(start)).filter(text -> text.length() >= 2 * MAX_TEXT);
    }

    /** The readable text of a page's main part (its body when it has none), whole. */
    static String readable(Document page) {
        Element main = page.selectFirst("main");
        Element body = main != null ? main : page.body();
        body.select(NOT_TEXT).remove();
        // A record's values read apart, not run together ("China · Uzbekistan · 2000"); a value that
        // only says it is missing ("not given") is no text to find or to show.
        for (Element value : body.select("dd, td, li")) {
            if (value.text().startsWith("not given")) {
                value.remove();
            } else {
                value.appendText(" " + SEPARATOR + " ");
            }
        }
        String text = EMPTY_BRACKETS.matcher(body.text()).replaceAll("");
        text = REPEATED_SEPARATORS.matcher(text).replaceAll(" " + SEPARATOR).strip();
        if (text.endsWith(SEPARATOR)) {
            text = text.substring(0, text.length() - SEPARATOR.length()).strip();
        }
        return text;
    }

    public byte[] json() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        new TreeMap<>(documents).values().forEach(d -> array.addObject().put("u", d.url()).put("t", d.title())
                .put("k", d.kind()).put("x", d.text()));
        try {
            return Jackson.JSON_WRITER.writeValueAsString(array).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
