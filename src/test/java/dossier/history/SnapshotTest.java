package dossier.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.GitFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A past state of content/ in memory: the files pages are made from, moved from state to state. */
class SnapshotTest {
    @TempDir
    Path temp;

    @Test
    void aStateHoldsItsContentFilesAndMovesByWhatDiffers() throws Exception {
        GitFolder folder = GitFolder.init(temp).commit("2021-03-04", "content/a.yaml", "a: 1\n",
                "content/notes/b.md", "---\ntitle: B\n---\n", "content/scan.pdf", "%PDF-1.4\n");
        Files.delete(temp.resolve("content/notes/b.md"));
        folder.commit("2021-03-05", "content/a.yaml", "a: 2\n");
        try (GitHistory history = GitHistory.of(temp); Snapshot snapshot = new Snapshot(history)) {
            ContentCommit first = history.commits().get(0);
            ContentCommit second = history.commits().get(1);
            snapshot.moveTo(first);
            Path content = snapshot.root().resolve("content");
            assertEquals("a: 1\n", Files.readString(content.resolve("a.yaml")));
            assertTrue(Files.isRegularFile(content.resolve("notes/b.md")));
            assertFalse(Files.exists(content.resolve("scan.pdf")), "a PDF is no content a page is made from");
            assertEquals(history.blobAt(first.tree(), "a.yaml"), snapshot.blob("content/a.yaml"));
            snapshot.moveTo(second);
            assertEquals("a: 2\n", Files.readString(content.resolve("a.yaml")));
            assertFalse(Files.exists(content.resolve("notes/b.md")), "a file removed in the next state");
            assertEquals(Optional.empty(), snapshot.blob("content/notes/b.md"));
            assertEquals(history.blobAt(second.tree(), "a.yaml"), snapshot.blob("content/a.yaml"));
            snapshot.moveTo(first);
            assertEquals("a: 1\n", Files.readString(content.resolve("a.yaml")), "and back");
            assertTrue(Files.isRegularFile(content.resolve("notes/b.md")));
        }
    }

    @Test
    void contentIsYamlMarkdownAndJson() {
        assertTrue(Snapshot.isContent("aid/x.yaml"));
        assertTrue(Snapshot.isContent("aid/x.YML"));
        assertTrue(Snapshot.isContent("about.md"));
        assertTrue(Snapshot.isContent("schemas/aid.schema.json"));
        assertFalse(Snapshot.isContent("maps/central-asia.png"));
        assertFalse(Snapshot.isContent("published-urls.txt"));
    }
}
