package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Long runs that flexmark reads in quadratic time (a line opening with a long run of "~" or "`",
 * a long word in a text with web addresses) are positioned errors, found in a second, not builds
 * that run for minutes; runs within the bounds render.
 */
class OverflowRunTest {
    private static final Duration QUICK = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    @Test
    void aLineOpeningWithThousandsOfTildesOrBackticksIsAnErrorAtIt() throws IOException {
        Path root = dossier();
        page(root, "tildes", "Intro\n\n" + "~~".repeat(50_000) + "x" + "~~".repeat(50_000) + "\n");
        page(root, "ticks", "  " + "``".repeat(50_000) + "x" + "``".repeat(50_000) + "\n");
        BuildRun run = assertTimeoutPreemptively(QUICK, () -> BuildRun.build(root, temp.resolve("site")));
        String hint = ", which the Markdown parser cannot read in reasonable time; a code fence needs three;"
                + " write fewer, or put the characters after other text";
        assertEquals(List.of("content/ticks.md:5:3: a line starts with more than 100 \"`\"" + hint,
                "content/tildes.md:7:1: a line starts with more than 100 \"~\"" + hint), run.problems());
        assertEquals(1, run.exitCode());
    }

    @Test
    void aLongWordInATextWithWebAddressesIsAnErrorAtIt() throws IOException {
        Path root = dossier();
        page(root, "link", "See this:\n\nhttp://" + "a.".repeat(100_000) + "com\n");
        BuildRun run = assertTimeoutPreemptively(QUICK, () -> BuildRun.build(root, temp.resolve("site")));
        assertEquals(List.of("content/link.md:7:1: more than 2000 characters without a space, in a text with web"
                + " addresses, which the Markdown parser cannot link in reasonable time; break the run with spaces"
                + " or line breaks, or shorten the address"), run.problems());
        assertEquals(1, run.exitCode());
    }

    @Test
    void runsWithinTheBoundsRender() throws IOException {
        Path root = dossier();
        page(root, "fence", "~".repeat(100) + "\ncode\n" + "~".repeat(100) + "\n\nx " + "~~".repeat(1000) + "\n");
        page(root, "link", "http://" + "a.".repeat(995) + "com and https://example.org/\n");
        page(root, "plain", "x".repeat(100_000) + "\n");
        Path site = temp.resolve("site");
        BuildRun run = assertTimeoutPreemptively(QUICK, () -> BuildRun.build(root, site));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(site.resolve("fence/index.html")).contains("<pre><code>code"));
        assertTrue(Files.readString(site.resolve("link/index.html")).contains("<a href=\"https://example.org/\""));
    }

    private Path dossier() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("minimal"), root);
        return root;
    }

    private static void page(Path root, String name, String body) throws IOException {
        Files.writeString(root.resolve("content/" + name + ".md"), "---\ntitle: " + name + "\n---\n\n" + body);
    }
}
