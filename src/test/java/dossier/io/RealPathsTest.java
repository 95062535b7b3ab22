package dossier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two names of one folder compare equal; a path through a link out of its folder is refused. */
class RealPathsTest {
    @TempDir
    Path temp;

    @Test
    void anExistingPathResolvesItsLinks() throws IOException {
        Path real = Files.createDirectories(temp.resolve("real/sub"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), temp.resolve("real"));
        assertEquals(real.toRealPath(), RealPaths.of(link.resolve("sub")));
        assertEquals(real.toRealPath(), RealPaths.of(temp.resolve("real/./sub/../sub")));
    }

    @Test
    void aMissingPathResolvesThroughItsNearestExistingFolder() throws IOException {
        Files.createDirectories(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), temp.resolve("real"));
        assertEquals(temp.toRealPath().resolve("real/site/a/b"), RealPaths.of(link.resolve("site/a/b")));
        assertEquals(temp.toRealPath().resolve("real/b"), RealPaths.of(link.resolve("site/../b")));
    }

    @Test
    void aRelativePathIsResolvedFromTheWorkingFolder() throws IOException {
        assertEquals(Path.of("").toRealPath().resolve("no-such-folder/x"), RealPaths.of(Path.of("no-such-folder/x")));
    }

    @Test
    void aFileInsideItsFolderMayBeRead() throws IOException {
        Path dossier = temp.resolve("root");
        Path content = Files.createDirectories(dossier.resolve("content"));
        Files.writeString(content.resolve("dossier.yaml"), "title: x");
        Files.createDirectories(content.resolve("real"));
        Files.createSymbolicLink(content.resolve("inner"), content.resolve("real"));
        assertEquals(Optional.empty(), RealPaths.leavesFolder(dossier, content.resolve("dossier.yaml"), content));
        assertEquals(Optional.empty(), RealPaths.leavesFolder(dossier, content.resolve("inner/new.yaml"), content));
        assertEquals(Optional.empty(), RealPaths.leavesFolder(dossier, content.resolve("missing/new.yaml"), content));
    }

    @Test
    void aFileLinkedOutOfItsFolderIsAProblemAtTheLink() throws IOException {
        Path dossier = Files.createDirectories(temp.resolve("root"));
        Path content = Files.createDirectories(dossier.resolve("content"));
        Path secret = Files.writeString(temp.resolve("secret.yaml"), "x");
        Files.writeString(dossier.resolve("notes.yaml"), "x");
        Files.createSymbolicLink(content.resolve("dossier.yaml"), secret);
        Files.createSymbolicLink(content.resolve("notes.yaml"), dossier.resolve("notes.yaml"));
        assertEquals("content/dossier.yaml:1:1: this path leads outside content/ through a symbolic link, to "
                + secret.toRealPath() + ", so the build neither reads nor writes it; replace the link by the file"
                + " itself, inside content/",
                RealPaths.leavesFolder(dossier, content.resolve("dossier.yaml"), content).orElseThrow().format());
        assertEquals("content/notes.yaml:1:1: this path leads outside content/ through a symbolic link, to notes.yaml,"
                + " so the build neither reads nor writes it; replace the link by the file itself, inside content/",
                RealPaths.leavesFolder(dossier, content.resolve("notes.yaml"), content).orElseThrow().format());
    }
}
