package dossier.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Serve's link checks share where links lead between builds, never what the site holds. */
class LinkLeadsTest {
    private static final LinkLead SOMEWHERE = new LinkLead.Elsewhere();

    private final LinkLeads leads = new LinkLeads();
    private final AtomicInteger made = new AtomicInteger();

    @Test
    void aLeadIsWorkedOutOnceWhileBuildsUseIt() {
        for (int build = 0; build < 3; build++) {
            leads.startBuild("/", "https://example.org/");
            ask("a/\n../b/");
        }
        assertEquals(1, made.get());
    }

    @Test
    void aLeadOneBuildDidNotUseIsForgotten() {
        leads.startBuild("/", "https://example.org/");
        ask("a/\nx");
        leads.startBuild("/", "https://example.org/");
        leads.startBuild("/", "https://example.org/");
        ask("a/\nx");
        assertEquals(2, made.get());
    }

    @Test
    void anotherBaseForgetsEveryLead() {
        leads.startBuild("/", "https://example.org/");
        ask("a/\nx");
        leads.startBuild("/repo/", "https://example.org/repo/");
        ask("a/\nx");
        leads.startBuild("/repo/", "https://example.net/repo/");
        ask("a/\nx");
        assertEquals(3, made.get());
    }

    /** Asks for a lead, counting each time it has to be worked out. */
    private void ask(String folderAndUrl) {
        leads.of(folderAndUrl, () -> {
            made.incrementAndGet();
            return SOMEWHERE;
        });
    }

    @Test
    void checksWithSharedLeadsJudgeEachBuildsOwnFiles() {
        PageLinks page = new PageLinks("a/index.html", "content/a.md", Set.of(),
                List.of(new PageLinks.Link("../b/#part", 3, 5), new PageLinks.Link("/site/a/", 4, 5)), Map.of());
        PageLinks target = new PageLinks("b/index.html", "content/b.md", Set.of("part"), List.of(), Map.of());
        PageLinks renamed = new PageLinks("b/index.html", "content/b.md", Set.of("whole"), List.of(), Map.of());

        assertEquals(List.of(), check("/site/", leads, List.of(page, target), Set.of("a/index.html", "b/index.html")));
        assertEquals(List.of("broken anchor \"../b/#part\": /site/b/ has no element with id \"part\""),
                check("/site/", leads, List.of(page, renamed), Set.of("a/index.html", "b/index.html")));
        assertEquals(List.of("broken link \"../b/#part\": nothing is published at /site/b/"),
                check("/site/", leads, List.of(page), Set.of("a/index.html")));
        // Published under another path, the same absolute link leaves the site.
        assertEquals(List.of("the link \"/site/a/\" leaves the site (it does not start with /other/, the site's base "
                + "path); link a page by ref:<page path> (such as ref:site/a), which follows the base path wherever the "
                + "site is published"),
                check("/other/", leads, List.of(page, target), Set.of("a/index.html", "b/index.html")));
    }

    private static List<String> check(String basePath, LinkLeads leads, List<PageLinks> pages, Set<String> files) {
        return new LinkChecker(basePath, "https://example.org" + basePath, "site", (file, text) -> Optional.empty(),
                leads).check(pages, files).stream().map(Problem::message).toList();
    }

    /** A site path without the base path points to the ref: link that would name it; other links get no guess. */
    @Test
    void aPathWithoutTheBasePathPointsToRefLinks() {
        assertEquals("; link a page by ref:<page path> (such as ref:rivers/danube#mouth), which follows the base path "
                + "wherever the site is published", LinkChecker.asRef("/rivers/danube/#mouth"));
        assertEquals("; link a page by ref:<page path> (such as ref:/), which follows the base path wherever the site "
                + "is published", LinkChecker.asRef("/"));
        assertEquals("", LinkChecker.asRef("../../up/"));
        assertEquals("", LinkChecker.asRef("//other.example/"));
    }

    /** A broken anchor names the page's nearest id, when one is near. */
    @Test
    void aBrokenAnchorSuggestsTheNearestId() {
        assertEquals("broken anchor \"/about/#source\": /about/ has no element with id \"source\" (did you mean "
                + "#sources?)", LinkChecker.brokenAnchor("/about/#source", "/about/", "source", Set.of("main", "sources")));
        assertEquals("broken anchor \"/about/#team\": /about/ has no element with id \"team\"",
                LinkChecker.brokenAnchor("/about/#team", "/about/", "team", Set.of("history", "cite-heading")));
    }
}
