package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuild renders only the pages an edit affects, and writes exactly what a clean build writes. */
class IncrementalBuildTest {
    @TempDir
    Path temp;

    @Test
    void anEditRerendersOnlyThePagesThatShowIt() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Path out = temp.resolve("site");
        assertEquals("6 of 6", rendered(root, out), "a first build renders every page");
        assertEquals("0 of 6", rendered(root, out), "nothing changed, nothing rendered");

        // meeting-one links to the harbour and the hill; the events index lists it.
        Files.writeString(root.resolve("content/events/meeting-one.yaml"),
                Files.readString(root.resolve("content/events/meeting-one.yaml")).replace("year: 2001", "year: 2002"));
        assertEquals("5 of 6", rendered(root, out), "the record, the two places it names, its collection, and the "
                + "home page, whose template lists the whole site");
        assertEquals(SiteFiles.snapshot(cleanBuild(root)), SiteFiles.snapshot(out), "same bytes as a clean build");

        Files.writeString(root.resolve("templates/events.ftlh"),
                Files.readString(root.resolve("templates/events.ftlh")).replace("Where:", "Place:"));
        assertEquals("6 of 6", rendered(root, out), "a template change renders everything again");
        assertEquals(SiteFiles.snapshot(cleanBuild(root)), SiteFiles.snapshot(out));
    }

    @Test
    void aMarkdownEditWritesWhatACleanBuildWrites() {
        Path root = MarkdownDossier.write(temp.resolve("pages"));
        Path out = temp.resolve("pages-site");
        assertEquals(0, BuildRun.build(root, out).exitCode());

        MarkdownDossier.append(root, "content/one.md", "A line added.");
        rendered(root, out);
        assertEquals(SiteFiles.snapshot(cleanBuild(root)), SiteFiles.snapshot(out),
                "same bytes as a clean build, search index included");
    }

    @Test
    void aLinkBrokenSinceInAnUnchangedPageIsReportedWhereItsMarkdownWroteIt() throws IOException {
        Path root = MarkdownDossier.write(temp.resolve("pages"));
        Path out = temp.resolve("pages-site");
        assertEquals(0, BuildRun.build(root, out).exitCode());

        // two.md is unchanged and taken from the previous site; what it links is gone.
        Files.delete(root.resolve("content/files/report.txt"));
        BuildRun rebuild = BuildRun.build(root, out);
        assertEquals(1, rebuild.exitCode());
        assertEquals(List.of(MarkdownDossier.REPORT_LINK + ": broken link \"/files/report.txt\": nothing is "
                + "published at /files/report.txt; correct or remove the link"), rebuild.problems());
        assertEquals(cleanProblems(root), rebuild.problems());

        Files.writeString(root.resolve("content/files/report.txt"), "A report.\n");
        Files.writeString(root.resolve("content/three.md"),
                Files.readString(root.resolve("content/three.md")).replace("## Later", "## Afterwards"));
        rebuild = BuildRun.build(root, out);
        assertEquals(List.of(MarkdownDossier.ANCHOR_LINK + ": broken anchor \"/three/#later\": /three/ has no "
                + "element with id \"later\"; correct or remove the link"), rebuild.problems());
        assertEquals(cleanProblems(root), rebuild.problems());
    }

    /** The problems a clean build reports. */
    private List<String> cleanProblems(Path root) {
        return BuildRun.build(root, temp.resolve("clean-" + System.nanoTime()).resolve("site")).problems();
    }

    private Path cleanBuild(Path root) {
        Path clean = temp.resolve("clean-" + System.nanoTime()).resolve("site");
        assertEquals(0, BuildRun.build(root, clean).exitCode());
        return clean;
    }

    /** "N of M" from the build's summary line. */
    private static String rendered(Path root, Path out) {
        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        var matcher = java.util.regex.Pattern.compile("built (\\d+) pages \\((\\d+) rendered").matcher(run.out());
        assertTrue(matcher.find(), run.out());
        // The 404 page is counted with the pages; leave it out to talk about content pages.
        int pages = Integer.parseInt(matcher.group(1)) - 1;
        int fresh = Integer.parseInt(matcher.group(2));
        return Math.min(fresh, pages) + " of " + pages;
    }
}
