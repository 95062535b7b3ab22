package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed build leaves the previous site exactly as it was; a good one replaces it whole. */
class OutputFolderTest {
    @TempDir
    Path temp;

    @Test
    void aBrokenRecordLeavesThePreviousSiteUntouched() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Path out = temp.resolve("site");
        assertEquals(0, BuildRun.build(root, out).exitCode());
        Map<String, String> before = SiteFiles.snapshot(out);

        Files.writeString(root.resolve("content/events/meeting-one.yaml"), "title: Broken\nyear: [\n");
        BuildRun failed = BuildRun.build(root, out);

        assertEquals(1, failed.exitCode());
        assertTrue(failed.err().contains("content/events/meeting-one.yaml:3:1: malformed YAML"), failed.err());
        assertEquals(before, SiteFiles.snapshot(out), "the previous site must stay as it was");
        assertFalse(Files.exists(temp.resolve(".site.partial")), "the staging folder is cleaned up");
    }

    @Test
    void aGoodBuildReplacesTheSiteAndClearsWhatAKilledBuildLeft() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Path out = temp.resolve("site");
        assertEquals(0, BuildRun.build(root, out).exitCode());
        Files.writeString(out.resolve("stale.html"), "left from an older build");
        Files.createDirectories(temp.resolve(".site.partial"));
        Files.writeString(temp.resolve(".site.partial/half.html"), "a killed build");
        Map<String, String> before = SiteFiles.snapshot(out);

        Files.writeString(root.resolve("content/places/harbour.yaml"), "name: The new harbour\n");
        assertEquals(0, BuildRun.build(root, out).exitCode());

        assertNotEquals(before, SiteFiles.snapshot(out));
        assertFalse(Files.exists(out.resolve("stale.html")), "the site is replaced whole");
        assertTrue(Files.readString(out.resolve("places/harbour/index.html")).contains("The new harbour"));
        assertFalse(Files.exists(temp.resolve(".site.partial")));
        assertTrue(Files.exists(temp.resolve(".site.previous/stale.html")), "the replaced site waits beside it");
        assertEquals(0, BuildRun.build(root, out).exitCode());
        assertFalse(Files.exists(temp.resolve(".site.previous/stale.html")), "and the next build clears it");
    }

    @Test
    void twoBuildsOfTheSameInputAreByteIdentical() {
        Path root = SiteFiles.fixture("records");
        assertEquals(0, BuildRun.build(root, temp.resolve("a")).exitCode());
        assertEquals(0, BuildRun.build(root, temp.resolve("b")).exitCode());
        assertEquals(SiteFiles.snapshot(temp.resolve("a")), SiteFiles.snapshot(temp.resolve("b")));
    }
}
