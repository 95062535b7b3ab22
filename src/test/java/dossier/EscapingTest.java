package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The fixture {@code escape-hostile} puts line breaks, braces, "</script>", "<!--<script>", "]]>",
 * control characters, U+2028 and spreadsheet formulas into titles and fields; every file they land
 * in is read back with a real parser for its language, and must say what the content says.
 */
class EscapingTest {
    /** The title of content/evil.md, as its YAML spells it out. */
    private static final String TITLE = "Hostile\nTY  - JOUR\nER  - \n} and }, title = {x}, @misc{y, "
            + "</script><!--<script> ]]> \u2028\u2029 \0\u0001\u0008\u000b\u000c\u001f\ufffe \\ % # ~ ^ & $ _ {paired}";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("escape-hostile"), root);
        site = temp.resolve("site");
        BuildRun run = BuildRun.build(root, site);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void risHasOneRecordOfOneLineTags() throws Exception {
        String ris = Files.readString(site.resolve("evil/cite.ris"));
        // \R: every line break any reader might honour, U+2028 and U+0085 included.
        List<String> lines = List.of(ris.split("\\R"));
        for (String line : lines) {
            assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), "not a RIS tag line: " + line);
        }
        assertEquals(1, lines.stream().filter(line -> line.startsWith("TY  - ")).count(), ris);
        assertEquals(1, lines.stream().filter(line -> line.startsWith("ER  - ")).count(), ris);
        assertEquals("ER  - ", lines.get(lines.size() - 1));
        String title = lines.stream().filter(line -> line.startsWith("T1  - ")).findFirst().orElseThrow();
        assertTrue(title.contains("Hostile TY  - JOUR ER  - "), title);
        assertTrue(title.endsWith("{paired}"), title);
    }

    @Test
    void bibtexTitleCannotCloseTheEntryOrAddAField() throws Exception {
        String bib = Files.readString(site.resolve("evil/cite.bib"));
        assertFalse(bib.matches("(?s).*\\p{Cntrl}(?<!\n).*"), "no control character but line ends: " + bib);
        // BibTeX counts braces whatever precedes them: the entry must close exactly at its end.
        int depth = 0;
        int entries = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < bib.length(); i++) {
            char c = bib.charAt(i);
            if (depth == 0 && c == '@') {
                entries++;
            }
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertTrue(depth >= 0, "a brace closes more than was opened at " + i + ": " + bib);
            if (depth == 1 && c == ',') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else if (depth == 1 && c != '{') {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        assertEquals(0, depth, bib);
        assertEquals(1, entries, bib);
        List<String> names = fields.subList(1, fields.size()).stream().map(f -> f.substring(0, f.indexOf('=')).strip())
                .toList();
        assertEquals(List.of("author", "title", "organization", "date", "url", "version", "langid"),
                names);

        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/pandoc")) || "true".equals(System.getenv("CI")),
                "pandoc is not installed: `apt-get install pandoc` to run this part (it always runs in CI)");
        Process pandoc = new ProcessBuilder("pandoc", "--from=biblatex", "--to=csljson",
                site.resolve("evil/cite.bib").toString()).start();
        String out = new String(pandoc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(pandoc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(pandoc.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, pandoc.exitValue(), err);
        JsonNode read = JSON.readTree(out);
        assertEquals(1, read.size(), out);
        JsonNode entry = read.get(0);
        assertEquals("https://example.org/hostile/evil/", entry.path("URL").asText(), out);
        assertEquals("Smith and Wesson", entry.path("author").path(0).path("family").asText(), out);
        String title = entry.path("title").asText();
        assertTrue(title.startsWith("Hostile TY - JOUR ER - "), title);
        assertTrue(title.contains("title = {x}, @misc"), title);
        assertTrue(title.contains("</script><!--<script> ]]>"), title);
        assertTrue(title.endsWith("\\ % # ~ ^ & $ _ {paired}"), title);
    }

    @Test
    void cslJsonKeepsTheTitleAsWritten() throws Exception {
        JsonNode csl = JSON.readTree(site.resolve("evil/cite.json").toFile());
        assertEquals(1, csl.size());
        assertEquals(TITLE, csl.get(0).path("title").asText());
    }

    @Test
    void jsonLdStaysInsideItsScriptAndReadsBack() throws Exception {
        Document page = Jsoup.parse(site.resolve("evil/index.html").toFile());
        List<Element> scripts = page.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size());
        String text = scripts.get(0).data();
        for (String raw : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(text.contains(raw), "raw " + raw + " in " + text);
        }
        JsonNode jsonLd = JSON.readTree(text);
        assertEquals(TITLE, jsonLd.path("headline").asText());
        assertEquals("A summary with ]]> and \u0002 and </script>", jsonLd.path("description").asText());
        // The tokenizer did not end the script early: the page's own elements follow it as elements.
        assertEquals(1, page.select("main#main h1").size(), page.body().html());
        assertEquals(3, page.select("#cite .cite-text").size());
    }

    @Test
    void chartDataStaysInsideItsScriptAndReadsBack() throws Exception {
        Document page = Jsoup.parse(site.resolve("charts/by-title/index.html").toFile());
        Element data = page.selectFirst("figure.chart script.chart-data");
        // Browsers read "<!--<script>" inside a script as the start of a nested one, and then the next
        // "</script>" does not end the element: Chromium swallows the rest of the page. jsoup does not
        // model that state, so the text itself must hold no "<" at all.
        for (String raw : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(data.data().contains(raw), "raw " + raw + " in " + data.data());
        }
        JsonNode chart = JSON.readTree(data.data());
        List<String> labels = new ArrayList<>();
        chart.path("labels").forEach(label -> labels.add(label.asText()));
        assertEquals(List.of("<!--<script> label", "=cmd|' /C calc'!A0"), labels);
        assertEquals(1, page.select("figure.chart > .chart-table table").size(), page.body().html());
        assertEquals(2, page.select("figure.chart .chart-table tbody tr").size());
    }

    @Test
    void sitemapAndFeedAreWellFormedXml() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        String sitemaps = "http://www.sitemaps.org/schemas/sitemap/0.9";
        assertTrue(sitemap.getElementsByTagNameNS(sitemaps, "loc").getLength() >= 5);
        var feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("Escapes & <Co> ]]> ", feed.getDocumentElement().getElementsByTagNameNS(atom, "title").item(0)
                .getTextContent());
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertEquals(1, entries.getLength());
        var entry = (org.w3c.dom.Element) entries.item(0);
        String notXml = "[\0\u0001\u0008\u000b\u000c\u001f\ufffe]";
        assertEquals(TITLE.replaceAll(notXml, ""),
                entry.getElementsByTagNameNS(atom, "title").item(0).getTextContent());
        assertEquals("A summary with ]]> and  and </script>",
                entry.getElementsByTagNameNS(atom, "summary").item(0).getTextContent());
    }

    @Test
    void csvCellsReadBackAndNoneRunsAsAFormula() throws Exception {
        List<Map<String, String>> items = csv(site.resolve("data/items.csv"));
        assertEquals(2, items.size());
        Map<String, String> formulas = items.get(0);
        assertEquals("formulas", formulas.get("id"));
        assertEquals("'=cmd|' /C calc'!A0", formulas.get("title"));
        assertEquals("'+SUM(1,2)", formulas.get("plus"));
        assertEquals("'@SUM(A1)", formulas.get("at"));
        assertEquals("'\t=1+2", formulas.get("tab"));
        assertEquals("'\r=1+2", formulas.get("cr"));
        assertEquals("'-2+3", formulas.get("dash"));
        assertEquals("-5", formulas.get("negative"), "a number stays a number");
        assertEquals("+7", formulas.get("signed"), "a number stays a number");
        assertEquals("a,b \"c\"\nd", formulas.get("quoted"));
        assertEquals("harmless", formulas.get("'=field"), "a field name heads a column: a cell too");
        assertEquals("<!--<script> label", items.get(1).get("title"));

        List<Map<String, String>> chart = csv(site.resolve("charts/by-title/by-title.csv"));
        assertEquals(List.of("<!--<script> label", "'=cmd|' /C calc'!A0"),
                chart.stream().map(row -> row.get("category")).toList());
        assertEquals(List.of("1", "1"), chart.stream().map(row -> row.get("value")).toList());
    }

    private static List<Map<String, String>> csv(Path file) throws Exception {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return rows.readAll();
        }
    }
}
