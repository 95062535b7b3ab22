package dossier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real dossier's citations as clients read them: biber validates every cite.bib without a warning,
 * and on a page of each kind (record, narrative page, collection, chart, home, a source's page that
 * cites its work) every default style's panel text is pandoc's rendering of the page's cite.json.
 */
@ExtendWith(SharedDossier.class)
class CiteRealSiteTest {
    @TempDir
    static Path temp;
    static Path site;

    @BeforeAll
    static void build(BuiltDossier real) {
        site = real.site();
    }

    @Test
    void biberValidatesEveryCiteBib() throws Exception {
        CiteClientsTest.assumeTool("biber", "biber");
        List<Path> bibs = CiteClientsTest.exports(site, "cite.bib");
        assertTrue(bibs.size() > 100, "cite.bib files: " + bibs.size());
        // One run over all of them (each entry has its own key): biber takes seconds to start.
        // The current version of a work's page describes the same work as the page: its entry once.
        java.util.Set<String> entries = new java.util.LinkedHashSet<>();
        for (Path bib : bibs) {
            entries.add(Files.readString(bib));
        }
        StringBuilder all = new StringBuilder();
        entries.forEach(entry -> all.append(entry).append('\n'));
        Path joined = temp.resolve("all.bib");
        Files.writeString(joined, all);
        CiteClientsTest.assertNoBiberWarning(joined);
        assertFalse(all.toString().contains("publisher = {Dossier}"), "no publisher in @online");
    }

    @Test
    void thePanelsSayWhatPandocRendersFromCiteJson() throws Exception {
        CiteClientsTest.assumeTool("pandoc", "pandoc");
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/usr/share/citation-style-language/styles"))
                || "true".equals(System.getenv("CI")), "`apt-get install citation-style-language-styles` to run this test");
        List<Path> pages = List.of("exercises/peace-mission-2007", "analysis/limits", "exercises", "charts/aid-by-recipient",
                "", "sources/note-2-syroezhkin-2003", "sources/china-brief-2010").stream()
                .map(page -> site.resolve(page).resolve("cite.json")).toList();
        CiteClientsTest.assertPanelsAgreeWithPandoc(pages, temp);
    }
}
