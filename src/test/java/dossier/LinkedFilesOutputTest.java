package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.output.BuildLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code --out} that is a symbolic link ({@code site -> /srv/webroot}, how many web servers are
 * set up) is built where it leads: the link stays a link, the folder it names gets each new site,
 * and the lock is the real folder's, so two link names for one folder never build at once.
 */
class LinkedFilesOutputTest {
    @TempDir
    Path temp;

    @Test
    void anOutputLinkStaysALinkAndItsTargetGetsEverySite() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Path webroot = Files.createDirectories(temp.resolve("webroot"));
        Path link = Files.createSymbolicLink(temp.resolve("site"), webroot);

        BuildRun first = BuildRun.build(root, link);
        Path record = root.resolve("content/places/harbour.yaml");
        Files.writeString(record, Files.readString(record).replaceFirst("name: .*", "name: Renamed Harbour"));
        BuildRun second = BuildRun.build(root, link);

        assertEquals(0, first.exitCode(), first.err());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(Files.isSymbolicLink(link), "the link was replaced");
        assertEquals(webroot.toRealPath(), link.toRealPath());
        assertTrue(Files.readString(webroot.resolve("places/harbour/index.html")).contains("Renamed Harbour"));
        assertFalse(Files.exists(temp.resolve(".site.previous")), "the link was moved aside as a previous site");
        assertTrue(Files.exists(temp.resolve(".webroot.lock")), "the lock is not named after the real folder");
    }

    @Test
    void twoLinksToOneFolderShareOneLock() throws IOException {
        Path webroot = Files.createDirectories(temp.resolve("webroot"));
        Path one = Files.createSymbolicLink(temp.resolve("one"), webroot);
        Path other = Files.createSymbolicLink(temp.resolve("other"), webroot);

        assertEquals(BuildLock.fileOf(one), BuildLock.fileOf(other));
        assertEquals(BuildLock.fileOf(webroot), BuildLock.fileOf(one));
    }
}
