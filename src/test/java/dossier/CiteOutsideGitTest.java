package dossier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.cite.UndatedFallback;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier built from a release tarball (no .git): every citation is dated, by the front matter
 * `date` where a page has one, else by SOURCE_DATE_EPOCH or the build's day, and the build says which.
 */
class CiteOutsideGitTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void everyCitationIsDatedAndTheBuildSaysHow() throws Exception {
        Path root = temp.resolve("tarball");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/cite-clients"), root);
        Path site = temp.resolve("site");
        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", site.toString());
        assertEquals(0, run.exitCode(), run.err());
        // The tests run with SOURCE_DATE_EPOCH set (see the POM); without it, the day of the build.
        UndatedFallback expected = UndatedFallback.of(System.getenv(), Clock.systemUTC());
        List<String> notes = run.err().lines().filter(l -> l.contains("git work tree")).toList();
        assertEquals(1, notes.size(), "said once: " + run.err());
        assertTrue(notes.get(0).startsWith(expected.note()), notes.get(0));
        assertTrue(notes.get(0).contains("without their history and version pages"), notes.get(0));
        assertFalse(Files.exists(site.resolve("port/history")), "no history outside git");
        assertFalse(Files.exists(site.resolve("port/v")), "and no versions");
        assertEquals(issued(expected.date()), JSON.readTree(site.resolve("notes/harbour/cite.json").toFile()).get(0)
                .path("issued").toString(), "a record has no front matter: the fallback dates it");
        assertEquals(issued(LocalDate.of(2024, 5, 7)), JSON.readTree(site.resolve("port/cite.json").toFile()).get(0)
                .path("issued").toString(), "the front matter date comes first");
        for (Path json : CiteClientsTest.exports(site, "cite.json")) {
            if (!JSON.readTree(json.toFile()).get(0).path("id").asText().startsWith("dossier-")) {
                continue; // a work the record leaves undated stays undated: no date is made up for it
            }
            assertTrue(JSON.readTree(json.toFile()).get(0).has("issued"), json + " is dated");
            String apa = org.jsoup.Jsoup.parse(json.resolveSibling("index.html").toFile()).select("#cite-apa").text();
            assertTrue(!apa.contains("n.d."), apa);
        }
    }

    private static String issued(LocalDate date) {
        return "{\"date-parts\":[[" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + "]]}";
    }
}
