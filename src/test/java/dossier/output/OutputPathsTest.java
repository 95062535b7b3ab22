package dossier.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dossier.problem.Position;
import dossier.problem.Problem;
import dossier.problem.Problems;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The claims every output makes before a build writes: each clash is one error an editor can act on. */
class OutputPathsTest {
    private final Problems problems = new Problems();
    private final OutputPaths paths = new OutputPaths(problems);

    private static OutputPaths.Owner page(String file) {
        return new OutputPaths.Owner(new Position(file, 2, 3), "the page " + file);
    }

    private List<String> errors() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void distinctFilesInSharedFoldersAreFine() {
        paths.claim("about/index.html", page("content/about.md"));
        paths.claim("about/team/index.html", page("content/about/team.md"));
        paths.claim("about/cite.json", page("content/about.md"));
        assertEquals(List.of(), errors());
        paths.requireClaimed(Set.of("about/index.html", "about/cite.json"));
    }

    @Test
    void theSameFileTwiceIsReportedAtTheLaterOwner() {
        paths.claim("old/index.html", page("content/a.md"));
        paths.claim("old/index.html", page("content/b.md"));
        assertEquals(List.of("content/b.md:2:3: the page content/b.md would be published as /old/index.html, where the "
                + "page content/a.md is published too; rename or move one of the two: each published path has one source"),
                errors());
    }

    @Test
    void aFileWhereAnotherNeedsAFolderIsReportedEitherWayRound() {
        paths.claim("about", page("content/about"));
        paths.claim("about/index.html", page("content/about.md"));
        paths.claim("notes/index.html", page("content/notes.md"));
        paths.claim("notes", page("content/notes"));
        assertEquals(List.of(
                "content/about.md:2:3: the page content/about.md would be published as /about/index.html, inside /about, "
                        + "where the page content/about is published as a file; rename or move one of the two: each "
                        + "published path has one source",
                "content/notes:2:3: the page content/notes would be published as /notes, where the page "
                        + "content/notes.md needs a folder for /notes/index.html; rename or move one of the two: each "
                        + "published path has one source"), errors());
    }

    @Test
    void aClashWithAGeneratedFileIsReportedAtTheContentEvenWhenTheContentCameFirst() {
        paths.claim("sitemap.xml/index.html", page("content/sitemap.xml.md"));
        paths.claim("sitemap.xml", OutputPaths.Owner.generated("the build's own sitemap.xml"));
        assertEquals(List.of("content/sitemap.xml.md:2:3: the page content/sitemap.xml.md would be published as "
                + "/sitemap.xml/index.html, inside /sitemap.xml, where the build's own sitemap.xml is published as a "
                + "file; rename or move it: the build writes that path itself"), errors());
    }

    @Test
    void aBuiltInAssetGivesWayToTheDossiersOwn() {
        paths.claim("assets/site.css", page("templates/assets/site.css"));
        paths.claimUnlessTaken("assets/site.css", OutputPaths.Owner.generated("the built-in assets/site.css"));
        paths.claimUnlessTaken("assets/charts.js", OutputPaths.Owner.generated("the built-in assets/charts.js"));
        assertEquals(List.of(), errors());
        paths.requireClaimed(Set.of("assets/site.css", "assets/charts.js"));
    }

    @Test
    void aFileWrittenWithoutAClaimIsABug() {
        paths.claim("index.html", page("content/index.md"));
        IllegalStateException bug = assertThrows(IllegalStateException.class,
                () -> paths.requireClaimed(Set.of("index.html", "stray.txt")));
        assertEquals("written without a claim: [stray.txt]", bug.getMessage());
    }

    @Test
    void aFileDeepInsideAnotherFileIsReportedAtTheFolderThatIsAFile() {
        paths.claim("a/b", page("content/a/b"));
        paths.claim("a/b/c/index.html", page("content/a/b/c.md"));
        paths.claim("x/y/z/index.html", page("content/x/y/z.md"));
        paths.claim("x/y/w/index.html", page("content/x/y/w.md"));
        paths.claim("x/y", page("content/x/y"));
        assertEquals(List.of(
                "content/a/b/c.md:2:3: the page content/a/b/c.md would be published as /a/b/c/index.html, inside /a/b,"
                        + " where the page content/a/b is published as a file; rename or move one of the two: each"
                        + " published path has one source",
                "content/x/y:2:3: the page content/x/y would be published as /x/y, where the page content/x/y/z.md"
                        + " needs a folder for /x/y/z/index.html; rename or move one of the two: each published path"
                        + " has one source"), errors());
    }

    @Test
    void aClashBetweenTwoGeneratedFilesIsReportedAtTheLaterAndOneWithContentAtTheContent() {
        paths.claim("data/x.json", OutputPaths.Owner.generated("a data download of the collection \"x\""));
        paths.claim("data/x.json", OutputPaths.Owner.generated("the build's own data/x.json"));
        paths.claim("feed.xml", OutputPaths.Owner.generated("the build's own feed.xml"));
        paths.claim("feed.xml", page("content/feed.xml"));
        assertEquals(List.of(
                "content/dossier.yaml:1:1: the build's own data/x.json would be published as /data/x.json, where a data"
                        + " download of the collection \"x\" is published too; rename or move it: the build writes that"
                        + " path itself",
                "content/feed.xml:2:3: the page content/feed.xml would be published as /feed.xml, where the build's own"
                        + " feed.xml is published too; rename or move it: the build writes that path itself"), errors());
    }

    @Test
    void aClaimThatClashedIsNotTakenByTheLaterOwner() {
        paths.claim("about/index.html", page("content/about.md"));
        paths.claim("about/index.html", page("content/about/index.md"));
        paths.claim("about/index.html", page("content/about.html"));
        assertEquals(List.of(
                "content/about.html:2:3: the page content/about.html would be published as /about/index.html, where"
                        + " the page content/about.md is published too; rename or move one of the two: each published"
                        + " path has one source",
                "content/about/index.md:2:3: the page content/about/index.md would be published as /about/index.html,"
                        + " where the page content/about.md is published too; rename or move one of the two: each"
                        + " published path has one source"), errors());
    }
}
