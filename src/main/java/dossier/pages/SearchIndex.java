package dossier.pages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dossier.cache.SearchEntry;
import dossier.io.Jackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
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
        org.jsoup.nodes.Document page = Jsoup.parse(html);
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
        if (text.length() > MAX_TEXT) {
            int cut = text.lastIndexOf(' ', MAX_TEXT);
            text = text.substring(0, cut > 0 ? cut : MAX_TEXT) + " …";
        }
        return new SearchEntry(url, title, kind, text);
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
