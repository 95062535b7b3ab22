package dossier.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The documents of the full-text search, gathered from the pages as they are written and saved as
 * {@code /search-index.json}: url, title, kind and the page's main text, cut short. The browser
 * indexes them with lunr, offline.
 */
final class SearchIndex {
    /** Where the index is published. */
    static final String FILE = "search-index.json";
    private static final int MAX_TEXT = 1200;
    private static final Pattern MAIN = Pattern.compile("(?s)<main[^>]*>(.*)</main>");
    private static final Pattern NOT_TEXT = Pattern.compile(
            "(?is)<section class=\"(?:cite|related)\".*?</section>|<nav class=\"(?:breadcrumbs|pager|toc)\".*?</nav>"
                    + "|<script\\b.*?</script>"
                    + "|<figure class=\"chart\".*?</figure>|<h1[^>]*>.*?</h1>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    /** One page, as the search sees it. */
    record Document(String url, String title, String kind, String text) {}

    private final Map<String, Document> documents = new ConcurrentHashMap<>();

    void add(Document document) {
        documents.put(document.url(), document);
    }

    /** The page's entry: its main text without tags, navigation, charts and citation, cut short. */
    static Document document(String url, String title, String kind, String html) {
        var main = MAIN.matcher(html);
        String body = main.find() ? main.group(1) : html;
        String text = Parser.unescapeEntities(TAG.matcher(NOT_TEXT.matcher(body).replaceAll(" ")).replaceAll(" "), false)
                .replaceAll("\\s+", " ").strip();
        if (text.length() > MAX_TEXT) {
            int cut = text.lastIndexOf(' ', MAX_TEXT);
            text = text.substring(0, cut > 0 ? cut : MAX_TEXT) + " …";
        }
        return new Document(url, title, kind, text);
    }

    byte[] json() {
        ObjectMapper json = new ObjectMapper();
        ArrayNode array = json.createArrayNode();
        new TreeMap<>(documents).values().forEach(d -> array.addObject().put("u", d.url()).put("t", d.title())
                .put("k", d.kind()).put("x", d.text()));
        try {
            return json.writeValueAsString(array).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
