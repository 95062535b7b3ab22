package dossier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write never goes through a link planted where the file belongs, and leaves no temporary file. */
class AtomicFilesTest {
    @TempDir
    Path temp;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void onlyAFolderOrOtherNonFileCannotBeReplaced() throws IOException {
        assertTrue(AtomicFiles.replaceable(temp.resolve("new.txt")), "nothing there yet");
        assertTrue(AtomicFiles.replaceable(Files.writeString(temp.resolve("file.txt"), "x")), "a regular file");
        assertTrue(AtomicFiles.replaceable(Files.createSymbolicLink(temp.resolve("link"), temp)), "a link to a folder");
        assertTrue(AtomicFiles.replaceable(Files.createSymbolicLink(temp.resolve("dangling"), temp.resolve("gone"))),
                "a link to nothing");
        assertFalse(AtomicFiles.replaceable(Files.createDirectory(temp.resolve("folder"))), "a folder");
    }

    @Test
    void replacingWritesUtf8AndLeavesNoTemporaryFile() throws IOException {
        Path file = temp.resolve("ledger.txt");
        AtomicFiles.replace(file, "first é");
        AtomicFiles.replace(file, "second 東");
        assertEquals("second 東", Files.readString(file));
        assertEquals(List.of("ledger.txt"), names(temp));
    }

    @Test
    void replacingALinkReplacesTheLinkNotItsTarget() throws IOException {
        Path target = Files.writeString(temp.resolve("elsewhere.txt"), "keep me");
        Path file = Files.createSymbolicLink(temp.resolve("ledger.txt"), target);
        AtomicFiles.replace(file, "new text");
        assertFalse(Files.isSymbolicLink(file));
        assertEquals("new text", Files.readString(file));
        assertEquals("keep me", Files.readString(target));
    }

    @Test
    void creatingFailsWhenAnythingIsThereEvenALinkToNothing() throws IOException {
        Path file = temp.resolve("page.md");
        AtomicFiles.create(file, "new page");
        assertEquals("new page", Files.readString(file));
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.create(file, "again"));
        assertEquals("new page", Files.readString(file));
        Path dangling = Files.createSymbolicLink(temp.resolve("planted.md"), temp.resolve("outside.md"));
        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.create(dangling, "through the link"));
        assertFalse(Files.exists(temp.resolve("outside.md")), "nothing written through the link");
        assertEquals(List.of("page.md", "planted.md"), names(temp), "no temporary file left behind");
    }
}
