package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files whose real path lies inside {@code content/} (for assets, inside
 * {@code templates/assets/}) are published: a link elsewhere, even to a file of the dossier such as
 * {@code .env} or {@code .git/config}, is skipped with a warning, and a link that loops is one error.
 */
class PathSymlinkTest {
    private static final String SECRET = "TOKEN=do-not-publish";

    @TempDir
    Path temp;

    private Path dossier() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("minimal"), root);
        Files.writeString(root.resolve(".env"), SECRET + "\n");
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/config"), "[remote]\n" + SECRET + "\n");
        return root;
    }

    @Test
    void linksOutOfContentAndAssetsAreSkippedWithAWarning() throws IOException {
        Path root = dossier();
        Files.createSymbolicLink(root.resolve("content/env"), Path.of("../.env"));
        Files.createSymbolicLink(root.resolve("content/config.txt"), Path.of("../.git/config"));
        Files.createDirectories(root.resolve("templates/assets"));
        Files.createSymbolicLink(root.resolve("templates/assets/env.css"), Path.of("../../.env"));
        Files.createSymbolicLink(root.resolve("content/gone.txt"), Path.of("nothing-here.txt"));
        Path outsideFolder = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outsideFolder.resolve("page.md"), "---\ntitle: Outside\n---\n" + SECRET + "\n");
        Files.createSymbolicLink(root.resolve("content/elsewhere"), outsideFolder);
        // A link that stays inside content/ is published as before.
        Files.writeString(root.resolve("content/notes/data.txt"), "inside\n");
        Files.createSymbolicLink(root.resolve("content/data.txt"), Path.of("notes/data.txt"));

        Path out = temp.resolve("site");
        BuildRun run = BuildRun.build(root, out);

        assertEquals(0, run.exitCode(), run.err());
        String hint = ", so it is not published; copy the file into ";
        assertEquals(List.of(
                "content/config.txt:1:1: warning: this symbolic link leads outside content/, to .git/config" + hint
                        + "content/ if it belongs to the site",
                "content/elsewhere:1:1: warning: this symbolic link leads outside content/, to "
                        + outsideFolder.toRealPath() + hint + "content/ if it belongs to the site",
                "content/env:1:1: warning: this symbolic link leads outside content/, to .env" + hint
                        + "content/ if it belongs to the site",
                "content/gone.txt:1:1: warning: this symbolic link leads to nothing, so it is not published; remove"
                        + " the link or restore its target",
                "templates/assets/env.css:1:1: warning: this symbolic link leads outside templates/assets/, to .env"
                        + hint + "templates/assets/ if it belongs to the site"), run.problems());
        for (String file : SiteFiles.snapshot(out).keySet()) {
            assertFalse(Files.readString(out.resolve(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains(SECRET), file + " holds the secret");
        }
        assertFalse(Files.exists(out.resolve("env")) || Files.exists(out.resolve("config.txt"))
                || Files.exists(out.resolve("assets/env.css")) || Files.exists(out.resolve("elsewhere")));
        assertEquals("inside\n", Files.readString(out.resolve("data.txt")));
    }

    /** A rebuild takes unchanged pages from the current site, which CI restores from a cache: not through a link. */
    @Test
    void aLinkPlantedInTheCurrentSiteIsNotCarriedOver() throws IOException {
        Path root = dossier();
        Path out = temp.resolve("site");
        assertEquals(0, BuildRun.build(root, out).exitCode());
        Path page = out.resolve("first/index.html");
        Files.delete(page);
        Files.createSymbolicLink(page, root.resolve(".env"));
        assertEquals(0, BuildRun.build(root, out).exitCode());
        assertFalse(Files.isSymbolicLink(page));
        assertFalse(Files.readString(page).contains(SECRET), "the page is rendered anew");
    }

    @Test
    void aLinkToAFolderAboveItIsOneErrorAtTheLink() throws IOException {
        Path root = dossier();
        Files.createSymbolicLink(root.resolve("content/loop"), Path.of(".."));
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("content/loop:1:1: this symbolic link leads back to a folder that contains it, a loop;"
                + " remove the link, or point it at a file or folder inside content/"), run.problems());
        assertFalse(Files.exists(temp.resolve("site")));
    }

    @Test
    void linksThatLeadToEachOtherAreOneErrorEach() throws IOException {
        Path root = dossier();
        Files.createSymbolicLink(root.resolve("content/self"), Path.of("."));
        Files.createSymbolicLink(root.resolve("content/notes/up"), Path.of("../notes"));
        Files.createDirectories(root.resolve("content/a"));
        Files.createDirectories(root.resolve("content/b"));
        Files.createSymbolicLink(root.resolve("content/a/to-b"), Path.of("../b"));
        Files.createSymbolicLink(root.resolve("content/b/to-a"), Path.of("../a"));
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        List<String> problems = run.problems();
        assertTrue(problems.stream().allMatch(line -> line.matches("content/\\S+:1:1: this symbolic link leads back"
                + " to a folder that contains it, a loop; .*")), run.err());
        assertTrue(problems.contains(problems.stream().filter(line -> line.startsWith("content/self:")).findFirst()
                .orElse("content/self missing")), run.err());
        assertTrue(problems.stream().anyMatch(line -> line.startsWith("content/notes/up:")), run.err());
        assertTrue(problems.size() <= 5, "each loop once: " + run.err());
    }
}
