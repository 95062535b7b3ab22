package dossier.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An --out that a build may replace whole: never the dossier, a folder holding it or one of its
 * source folders, never a folder of other files or something that is no folder.
 */
class OutputLocationTest {
    private static final String CONSEQUENCE = ": a build would replace the dossier's own files (the output folder is"
            + " moved aside and the next build deletes it); choose an empty or build folder, for example ";

    @TempDir
    Path temp;

    private Path dossier() throws IOException {
        Path root = temp.resolve("root");
        Files.createDirectories(root.resolve("content"));
        return root;
    }

    private static String refusal(Path root, Path out) {
        return OutputLocation.refusal(root, out).orElse("accepted");
    }

    @Test
    void theDefaultAndNewOrEmptyFoldersAreAccepted() throws IOException {
        Path root = dossier();
        assertEquals(Optional.empty(), OutputLocation.refusal(root, root.resolve("site")));
        assertEquals(Optional.empty(), OutputLocation.refusal(root, temp.resolve("builds/a/b/site")));
        assertEquals(Optional.empty(), OutputLocation.refusal(root, Files.createDirectory(temp.resolve("empty"))));
        assertEquals(Optional.empty(), OutputLocation.refusal(root, root.resolve("contents")), "only content/ itself");
    }

    @Test
    void theDossierItselfIsRefused() throws IOException {
        Path root = dossier();
        assertEquals("--out " + root + " is the dossier " + root + CONSEQUENCE + root.resolve("site"),
                refusal(root, root));
    }

    @Test
    void aFolderHoldingTheDossierIsRefused() throws IOException {
        Path root = dossier();
        assertEquals("--out " + temp + " holds the dossier " + root + CONSEQUENCE + root.resolve("site"),
                refusal(root, temp));
    }

    @Test
    void aLinkToTheDossierIsTheDossierAndShowsWhereItLeads() throws IOException {
        Path root = dossier();
        Path link = Files.createSymbolicLink(temp.resolve("link"), root);
        assertEquals("--out " + link + " (" + root.toRealPath() + ") is the dossier " + root + CONSEQUENCE
                + root.resolve("site"), refusal(root, link));
    }

    @Test
    void aFolderAmongTheSourcesIsRefused() throws IOException {
        Path root = dossier();
        assertEquals("--out " + root.resolve("content/site") + " is inside the dossier's content/ folder" + CONSEQUENCE
                + root.resolve("site"), refusal(root, root.resolve("content/site")));
        assertEquals("--out " + root.resolve("templates") + " is inside the dossier's templates/ folder" + CONSEQUENCE
                + root.resolve("site"), refusal(root, root.resolve("templates")));
        assertEquals("--out " + root.resolve(".ci/out") + " is inside the dossier's .ci/ folder" + CONSEQUENCE
                + root.resolve("site"), refusal(root, root.resolve(".ci/out")));
    }

    @Test
    void aFileIsNoFolder() throws IOException {
        Path root = dossier();
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");
        assertEquals("--out " + file + " is not a folder; name a folder", refusal(root, file));
        assertEquals("--out " + file.resolve("site") + " lies inside " + file.toRealPath() + ", which is not a folder;"
                + " name a folder", refusal(root, file.resolve("site")));
        assertEquals("--out " + file.resolve("a/site") + " lies inside " + file.toRealPath() + ", which is not a"
                + " folder; name a folder", refusal(root, file.resolve("a/site")));
    }

    @Test
    void aFolderOfOtherFilesIsRefused() throws IOException {
        Path root = dossier();
        Path documents = Files.createDirectories(temp.resolve("Documents"));
        Files.writeString(documents.resolve("sitemap.xml"), "not quite a site");
        assertEquals("--out " + documents + " holds files that are not a site this tool wrote, and a build replaces"
                + " the folder whole; empty it, or choose an empty or build folder", refusal(root, documents));
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.writeString(other.resolve("404.html"), "not quite a site");
        assertEquals("--out " + other + " holds files that are not a site this tool wrote, and a build replaces"
                + " the folder whole; empty it, or choose an empty or build folder", refusal(root, other));
    }

    @Test
    void anEarlierSiteMayBeReplaced() throws IOException {
        Path root = dossier();
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve("sitemap.xml"), "<urlset/>");
        Files.writeString(site.resolve("404.html"), "not found");
        assertEquals(Optional.empty(), OutputLocation.refusal(root, site));
        Path cached = Files.createDirectories(temp.resolve("cached"));
        Files.writeString(cached.resolve("index.html"), "page");
        Files.writeString(temp.resolve(".cached.cache"), "render cache");
        assertEquals(Optional.empty(), OutputLocation.refusal(root, cached));
        Path folderNamedCache = Files.createDirectories(temp.resolve("odd"));
        Files.writeString(folderNamedCache.resolve("index.html"), "page");
        Files.createDirectories(temp.resolve(".odd.cache"));
        assertEquals("--out " + folderNamedCache + " holds files that are not a site this tool wrote, and a build"
                + " replaces the folder whole; empty it, or choose an empty or build folder",
                refusal(root, folderNamedCache), "a cache must be a file");
    }
}
