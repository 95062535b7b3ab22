package dossier.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dossier.link.PageKind;
import dossier.problem.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two pages at one path: one is kept (records' pages before Markdown, else by file), the other reported by name. */
class PathClashesTest {
    private static RenderJob job(String path, String source, PageKind kind) {
        return new RenderJob(path, source, "page.ftlh", Optional.empty(), content -> null,
                new RenderJob.Provenance(kind, List.of(source), List.of(), "", ""), Optional.empty());
    }

    private static List<String> reported(List<RenderJob> jobs, List<RenderJob> kept) {
        List<Problem> problems = new ArrayList<>();
        assertEquals(kept, PathClashes.settled(jobs, problems::add));
        return problems.stream().map(Problem::format).toList();
    }

    @Test
    void withoutAClashTheJobsAreTheSame() {
        List<RenderJob> jobs = List.of(job("/a/", "content/a.md", PageKind.PAGE), job("/b/", "content/b.md", PageKind.PAGE));
        assertSame(jobs, PathClashes.settled(jobs, problem -> { throw new AssertionError(problem); }));
    }

    @Test
    void aCollectionKeepsItsPathAndThePageIsNamed() {
        // content/data.md sorts before content/dossier.yaml: the collection is kept all the same.
        RenderJob page = job("/data/", "content/data.md", PageKind.PAGE);
        RenderJob collection = job("/data/", "content/dossier.yaml", PageKind.COLLECTION);
        RenderJob other = job("/other/", "content/other.md", PageKind.PAGE);
        assertEquals(List.of("content/data.md:1:1: two pages are published at /data/: this page and the collection "
                + "made from content/dossier.yaml; rename the page's file, or give the collection another url: in "
                + "content/dossier.yaml"), reported(List.of(page, other, collection), List.of(other, collection)));
    }

    @Test
    void twoPagesKeepTheFirstByFile() {
        RenderJob second = job("/about/", "content/about/index.md", PageKind.PAGE);
        RenderJob first = job("/about/", "content/about.md", PageKind.PAGE);
        RenderJob third = job("/about/", "content/about/_index.md", PageKind.PAGE);
        assertEquals(List.of("content/about/_index.md:1:1: two pages are published at /about/: this page and the page"
                + " made from content/about.md; rename or move one of the two files",
                "content/about/index.md:1:1: two pages are published at /about/: this page and the page made from "
                        + "content/about.md; rename or move one of the two files"),
                reported(List.of(second, first, third), List.of(first)));
    }
}
