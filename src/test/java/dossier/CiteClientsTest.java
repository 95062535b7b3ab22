package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citation exports as the clients researchers use read them: biber validates every cite.bib
 * against biblatex's data model, pandoc and citation-js find the site's title and the revision in it,
 * citation-js reads a web page's RIS container as the website's title, and for each default style
 * the panel says what pandoc's citeproc makes of the page's cite.json. Each client's test is skipped
 * when the client is missing, except in CI, where .ci/run installs it.
 */
class CiteClientsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path CITATION_JS = Path.of("src/test/js/node_modules/.bin/citation-js");
    private static final Path DEBIAN_STYLES = Path.of("/usr/share/citation-style-language/styles");
    private static final List<String> STYLES = List.of("chicago-author-date", "apa", "modern-language-association");

    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/cite-clients"), root);
        site = temp.resolve("site");
        BuildRun run = BuildRun.build(root, site);
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void biberFindsNothingToWarnAbout() throws Exception {
        assumeTool("biber", "biber");
        for (Path bib : exports(site, "cite.bib")) {
            assertNoBiberWarning(bib);
        }
    }

    @Test
    void pandocPrintsTheSiteTitleAndTheRevisionFromTheBibtex() throws Exception {
        assumeTool("pandoc", "pandoc");
        for (Path bib : exports(site, "cite.bib")) {
            JsonNode item = JSON.readTree(run(List.of("pandoc", "-f", "biblatex", "-t", "csljson", bib.toString())))
                    .get(0);
            JsonNode csl = JSON.readTree(bib.resolveSibling("cite.json").toFile()).get(0);
            if (!isEntry(csl)) {
                continue;
            }
            assertTrue(item.path("publisher").asText().startsWith("Steppe Dossier and Notes"), bib + ": " + item);
            assertEquals(csl.path("version").asText(), item.path("version").asText(), bib.toString());
            assertEquals(csl.path("title").asText(), item.path("title").asText(), bib.toString());
            assertEquals(csl.path("author"), item.path("author"), bib + ": a person and an organisation as CSL has them");
        }
    }

    @Test
    void citationJsReadsTheSiteTitleFromTheBibtexAndTheRis() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CITATION_JS) || ci(),
                "citation-js is not installed: `npm ci --prefix src/test/js` to run this test (it always runs in CI)");
        for (Path bib : exports(site, "cite.bib")) {
            JsonNode fromBib = JSON.readTree(run(List.of(CITATION_JS.toString(), "-i", bib.toString()))).get(0);
            JsonNode csl = JSON.readTree(bib.resolveSibling("cite.json").toFile()).get(0);
            if (!isEntry(csl)) {
                continue;
            }
            assertEquals("Steppe Dossier and Notes", fromBib.path("publisher").asText(), bib.toString());
            assertEquals(csl.path("version").asText(), fromBib.path("version").asText(), bib.toString());
            JsonNode fromRis = JSON.readTree(run(List.of(CITATION_JS.toString(), "-i",
                    bib.resolveSibling("cite.ris").toString()))).get(0);
            assertEquals(csl.path("type").asText(), fromRis.path("type").asText(), bib.toString());
            assertEquals(csl.path("container-title").asText(), fromRis.path("container-title").asText(),
                    bib + ": the website's title is the container");
            assertEquals(csl.path("title").asText(), fromRis.path("title").asText(), bib.toString());
        }
    }

    @Test
    void thePanelSaysWhatPandocsCiteprocRendersFromCiteJson() throws Exception {
        assumeTool("pandoc", "pandoc");
        Assumptions.assumeTrue(Files.isDirectory(DEBIAN_STYLES) || ci(), "Debian's CSL styles are not installed: "
                + "`apt-get install citation-style-language-styles` to run this test (it always runs in CI)");
        assertPanelsAgreeWithPandoc(exports(site, "cite.json"), temp);
    }

    /**
     * For every page and default style: the panel's text is pandoc's rendering of cite.json, apart from
     * whitespace and the access date (the panel's span is given the date the site script would write
     * for the day pandoc is told the page was read). Two known differences between the processors are
     * allowed and nothing else: letter case (pandoc capitalises words the CSL specification keeps
     * lowercase in title case, such as "between") and pandoc's older English term "Data set" for the
     * CSL locale's "Dataset".
     */
    static void assertPanelsAgreeWithPandoc(List<Path> citeJsons, Path work) throws Exception {
        Path nocite = work.resolve("nocite.md");
        Files.writeString(nocite, "---\nnocite: '@*'\n---\n");
        int compared = 0;
        for (Path json : citeJsons) {
            Document page = Jsoup.parse(json.resolveSibling("index.html").toFile());
            Path read = work.resolve("read-" + compared + ".json");
            ArrayNodeWithAccess.write(json, read);
            for (String style : STYLES) {
                // cite.json of a page about a work is the work.
                Element text = page.selectFirst("#cite-work-" + style + " .cite-text");
                if (text == null) {
                    text = page.selectFirst("#cite-" + style + " .cite-text");
                }
                assertTrue(text != null, style + " on " + json);
                for (Element accessed : text.select(".cite-accessed")) {
                    accessed.text(ArrayNodeWithAccess.asTheScriptWrites(accessed));
                }
                String expected = run(List.of("pandoc", "--citeproc", "-t", "plain", "--wrap=none", "--csl",
                        DEBIAN_STYLES.resolve(style + ".csl").toString(), "--bibliography", read.toString(),
                        nocite.toString()));
                assertEquals(comparable(expected), comparable(text.text()), style + " on " + json);
                compared++;
            }
        }
        assertTrue(compared >= STYLES.size(), "compared " + compared);
    }

    /** An entry of the dossier, not a work that a page describes. */
    private static boolean isEntry(JsonNode csl) {
        return csl.path("id").asText().startsWith("dossier-");
    }

    private static String comparable(String text) {
        return text.replace("[Data set]", "[Dataset]").replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    static void assertNoBiberWarning(Path bib) throws Exception {
        // biber writes its log and output beside the file it reads: a copy in a folder of its own.
        Path folder = Files.createTempDirectory("cite-biber");
        Files.copy(bib, folder.resolve("cite.bib"));
        String out = run(List.of("biber", "--tool", "--validate-datamodel", "cite.bib"), folder);
        assertFalse(out.contains("WARN") || out.contains("ERROR"), bib + ":\n" + out);
    }

    static void assumeTool(String tool, String debianPackage) {
        Assumptions.assumeTrue(onPath(tool) || ci(), tool + " is not installed: `apt-get install " + debianPackage
                + "` to run this test (it always runs in CI)");
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }

    private static boolean ci() {
        return "true".equals(System.getenv("CI"));
    }

    static List<Path> exports(Path site, String name) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            List<Path> found = walk.filter(f -> f.getFileName().toString().equals(name)).sorted().toList();
            assertFalse(found.isEmpty(), "no " + name + " in " + site);
            return found;
        }
    }

    static String run(List<String> command) throws Exception {
        return run(command, Path.of("").toAbsolutePath());
    }

    static String run(List<String> command, Path directory) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    /** cite.json with the day the reader read it, as the site script fills it into the panel. */
    static final class ArrayNodeWithAccess {
        static final int YEAR = 2030;
        static final int MONTH = 3;
        static final int DAY = 9;

        static void write(Path json, Path target) throws IOException {
            JsonNode items = JSON.readTree(json.toFile());
            List<JsonNode> withAccess = new ArrayList<>();
            for (JsonNode item : items) {
                com.fasterxml.jackson.databind.node.ObjectNode copy = item.deepCopy();
                copy.putObject("accessed").putArray("date-parts").addArray().add(YEAR).add(MONTH).add(DAY);
                withAccess.add(copy);
            }
            JSON.writeValue(target.toFile(), withAccess);
        }

        /** What assets/dossier.js writes into the span for that day. */
        static String asTheScriptWrites(Element span) {
            String[] months = span.attr("data-months").split("\\|");
            assertEquals(12, months.length, span.outerHtml());
            return span.attr("data-template").replace("{y}", String.valueOf(YEAR))
                    .replace("{m}", months[MONTH - 1]).replace("{d}", String.valueOf(DAY));
        }
    }
}
