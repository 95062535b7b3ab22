package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the tool writes goes through a symbolic link or lands outside its folder: the ledger,
 * the render cache, the lock file and the records {@code new} writes. A pull request can commit a
 * link under any of those names; the build then refuses, or replaces the link, never its target.
 */
class LinkedFilesWriteTest {
    private static final String VICTIM = "# someone else's file\n";

    @TempDir
    Path temp;

    private Path dossier() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        return root;
    }

    private Path victim() throws IOException {
        return Files.writeString(temp.resolve("victim.txt"), VICTIM);
    }

    @Test
    void aLedgerLinkedOutOfContentIsNeitherReadNorOverwritten() throws IOException {
        Path root = dossier();
        Path victim = Files.writeString(temp.resolve("victim.txt"), "/no/such/page/\n");
        Files.createSymbolicLink(root.resolve("content/published-urls.txt"), victim);

        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", temp.resolve("site").toString(),
                "--update-ledger", "--quiet");

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.problems().contains("content/published-urls.txt:1:1: this path leads outside content/ through a symbolic"
                + " link, to " + victim.toRealPath() + ", so the build neither reads nor writes it; replace the link"
                + " by the file itself, inside content/"), run.err());
        assertEquals("/no/such/page/\n", Files.readString(victim));
    }

    @Test
    void aLedgerLinkedInsideContentIsUpdatedWhereItLeads() throws IOException {
        Path root = dossier();
        Files.createDirectories(root.resolve("content/ledger"));
        Path real = Files.writeString(root.resolve("content/ledger/urls.txt"), "# urls\n");
        Files.createSymbolicLink(root.resolve("content/published-urls.txt"), Path.of("ledger/urls.txt"));

        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", temp.resolve("site").toString(),
                "--update-ledger", "--quiet");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isSymbolicLink(root.resolve("content/published-urls.txt")));
        assertTrue(Files.readString(real).contains("/places/harbour/\n"), Files.readString(real));
    }

    @Test
    void aRenderCacheLinkIsReplacedNotWrittenThrough() throws IOException {
        Path root = dossier();
        Path victim = victim();
        Path cache = temp.resolve(".site.cache");
        Files.createSymbolicLink(cache, victim);

        BuildRun run = BuildRun.build(root, temp.resolve("site"));

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(VICTIM, Files.readString(victim));
        assertTrue(Files.isRegularFile(cache, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.readString(cache).contains("{\"path\":\"/places/harbour/\""), Files.readString(cache));
    }

    @Test
    void aRenderCacheThatIsAFolderCountsAsNoCache() throws IOException {
        Path root = dossier();
        Files.createDirectories(temp.resolve(".site.cache/inside"));

        BuildRun first = BuildRun.build(root, temp.resolve("site"));
        BuildRun second = BuildRun.build(root, temp.resolve("site"));

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(Files.isDirectory(temp.resolve(".site.cache/inside")));
    }

    @Test
    void aLockFileThatIsAFolderALinkOrAPipeIsRefusedWithoutWaiting() throws Exception {
        Path root = dossier();
        Path lock = temp.resolve(".site.lock");
        Files.createDirectories(lock);
        assertRefused(root, "a folder");
        Files.delete(lock);

        Path elsewhere = temp.resolve("elsewhere.lock");
        Files.createSymbolicLink(lock, elsewhere);
        assertRefused(root, "a symbolic link");
        assertFalse(Files.exists(elsewhere, LinkOption.NOFOLLOW_LINKS), "the link's target was created");
        Files.delete(lock);

        assertEquals(0, new ProcessBuilder("mkfifo", lock.toString()).start().waitFor());
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertRefused(root, "not a regular file (a pipe"));
    }

    private void assertRefused(Path root, String what) {
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("dossier: the lock file " + temp.resolve(".site.lock") + " is " + what),
                run.err());
        assertTrue(run.err().contains("so this build cannot take the lock and wrote nothing; remove it and build"
                + " again"), run.err());
        assertFalse(Files.exists(temp.resolve("site")), "a site was written");
    }

    @Test
    void newWritesNoRecordThroughALink() throws IOException {
        Path root = dossier();
        Path victim = temp.resolve("victim-new.yaml");
        Files.createSymbolicLink(root.resolve("content/places/dang.yaml"), victim);

        BuildRun run = BuildRun.of("new", "places", "dang", "--root", root.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("dang.yaml exists already"), run.err());
        assertFalse(Files.exists(victim, LinkOption.NOFOLLOW_LINKS), "the link's target was written");
    }

    @Test
    void newWritesNoRecordIntoACollectionFolderLinkedOutOfContent() throws IOException {
        Path root = dossier();
        Path outside = Files.createDirectories(temp.resolve("outcoll"));
        SiteFiles.copyTree(root.resolve("content/places"), outside);
        dossier.io.Folders.deleteTree(root.resolve("content/places"));
        Files.createSymbolicLink(root.resolve("content/places"), outside);

        BuildRun run = BuildRun.of("new", "places", "x", "--root", root.toString());

        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("content/places/x.yaml:1:1: this path leads outside content/ through a symbolic"
                + " link, to " + outside.toRealPath().resolve("x.yaml")), run.err());
        assertFalse(Files.exists(outside.resolve("x.yaml")), "a record was written outside content/");
    }

    @Test
    void newIntoACollectionFolderLinkedToNothingSaysSo() throws IOException {
        Path root = dossier();
        dossier.io.Folders.deleteTree(root.resolve("content/places"));
        Files.createSymbolicLink(root.resolve("content/places"), Path.of("gone"));

        BuildRun run = BuildRun.of("new", "places", "x", "--root", root.toString());

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("dossier: cannot write content/places/x.yaml ("), run.err());
        assertTrue(run.err().contains("check that content/places is a folder you may write to"), run.err());
    }
}
