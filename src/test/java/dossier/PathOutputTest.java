package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder is replaced whole and the next build deletes what it replaced, so {@code --out}
 * must never be the dossier, hold it or lie among its sources, compared by real paths: symbolic links
 * and folders that do not exist yet must not get past the check.
 */
class PathOutputTest {
    @TempDir
    Path temp;

    private Path dossier() {
        Path root = temp.resolve("real");
        SiteFiles.copyTree(SiteFiles.fixture("minimal"), root);
        return root;
    }

    /** Builds twice, as the issue did: the second build would delete what the first moved aside. */
    private void assertRefused(Path root, String out, String because) {
        Map<String, String> before = SiteFiles.snapshot(root);
        for (int i = 0; i < 2; i++) {
            BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", out, "--quiet");
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains(because), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
        assertEquals(before, SiteFiles.snapshot(root), "the dossier is untouched");
    }

    @Test
    void anOutputThatIsTheDossierThroughALinkIsRefused() throws IOException {
        Path real = dossier();
        Path link = Files.createSymbolicLink(temp.resolve("rootlink"), real);
        assertRefused(link, real.toString(), "--out " + real + " is the dossier " + link);
        assertTrue(Files.isDirectory(real.resolve("content")) && Files.isDirectory(real.resolve("templates")));
        assertFalse(Files.exists(temp.resolve(".real.previous")), "nothing was moved aside");
    }

    @Test
    void anOutputThatHoldsTheDossierIsRefused() {
        Path real = dossier();
        assertRefused(real, temp.toString(), "holds the dossier");
    }

    @Test
    void anOutputAmongTheSourcesIsRefusedEvenBeforeItExists() throws IOException {
        Path real = dossier();
        Files.createDirectories(real.resolve(".git"));
        assertRefused(real, real.resolve("content/site").toString(), "inside the dossier's content/ folder");
        assertRefused(real, real.resolve("templates").toString(), "inside the dossier's templates/ folder");
        assertRefused(real, real.resolve(".git/site").toString(), "inside the dossier's .git/ folder");
        // A folder that does not exist yet resolves through its nearest existing ancestor, here a link.
        Path link = Files.createSymbolicLink(temp.resolve("elsewhere"), real.resolve("content"));
        assertRefused(real, link.resolve("new/site").toString(), "inside the dossier's content/ folder");
        assertFalse(Files.exists(real.resolve("content/new")));
    }

    @Test
    void anOutputThatIsNoFolderOrAFolderOfOtherFilesIsRefused() throws IOException {
        Path real = dossier();
        Path file = Files.writeString(temp.resolve("notes.txt"), "mine\n");
        assertRefused(real, file.toString(), "is not a folder");
        assertRefused(real, file.resolve("site").toString(), "which is not a folder");
        Path documents = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(documents.resolve("letter.txt"), "mine\n");
        assertRefused(real, documents.toString(), "holds files that are not a site this tool wrote");
        assertEquals("mine\n", Files.readString(file));
        assertEquals("mine\n", Files.readString(documents.resolve("letter.txt")));
        assertFalse(Files.exists(temp.resolve(".documents.previous")));
    }

    @Test
    void theDefaultOutputAndAFolderBesideTheSourcesAreAllowed() {
        Path real = dossier();
        BuildRun run = BuildRun.of("build", "--root", real.toString(), "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(real.resolve("site/index.html")));
        BuildRun beside = BuildRun.of("build", "--root", real.toString(), "--out",
                real.resolve("build/site").toString(), "--quiet");
        assertEquals(0, beside.exitCode(), beside.err());
        assertTrue(Files.isRegularFile(real.resolve("build/site/index.html")));
        BuildRun again = BuildRun.of("build", "--root", real.toString(), "--quiet");
        assertEquals(0, again.exitCode(), "a site an earlier build wrote is replaced: " + again.err());
    }

    /** {@code check} builds into the temporary folder, which may have been set inside the dossier. */
    @Test
    void checkRefusesATemporaryFolderAmongTheSources() throws IOException, InterruptedException {
        Path real = dossier();
        Map<String, String> before = SiteFiles.snapshot(real);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Ddossier.launched=true",
                "-Djava.io.tmpdir=" + real.resolve("content"), "-cp", System.getProperty("java.class.path"),
                "dossier.cli.Main", "check", "--root", real.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, process.exitValue(), output);
        assertTrue(output.contains("inside the dossier's content/ folder"), output);
        assertEquals(before, SiteFiles.snapshot(real), "content/ is as it was");
        assertEquals(List.of(), List.of(Files.list(real.resolve("content")).filter(p -> p.getFileName().toString()
                .startsWith("dossier-check")).toArray()), "the scratch folder is gone");
    }
}
