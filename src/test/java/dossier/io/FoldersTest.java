package dossier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting an output folder deletes it, never what links in it lead to. */
class FoldersTest {
    @TempDir
    Path temp;

    @Test
    void deletingATreeRemovesEverythingButWhatItsLinksLeadTo() throws IOException {
        Path kept = Files.writeString(temp.resolve("kept.txt"), "outside");
        Path tree = temp.resolve("site");
        Files.createDirectories(tree.resolve("a/b"));
        Files.writeString(tree.resolve("a/b/index.html"), "page");
        Files.writeString(tree.resolve("top.txt"), "top");
        Files.createSymbolicLink(tree.resolve("a/link"), kept);
        Folders.deleteTree(tree);
        assertFalse(Files.exists(tree));
        assertEquals("outside", Files.readString(kept));
        Folders.deleteTree(temp.resolve("never-there"));
        assertTrue(Files.exists(kept));
    }

    @Test
    void theCodeSourceIsTheFolderOrJarAClassCameFrom() {
        Optional<Path> source = Folders.codeSource(Folders.class);
        assertTrue(source.isPresent());
        assertTrue(Files.exists(source.get().resolve("dossier/io/Folders.class")) || source.get().toString()
                .endsWith(".jar"), source.toString());
        assertEquals(Optional.empty(), Folders.codeSource(String.class), "the JDK's own classes have none");
    }
}
