package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A URL segment no file system can store (over 255 bytes) is refused where it is declared. */
class ExitCodeLongNameTest {
    @TempDir
    Path temp;

    @Test
    void aPermalinkWithALongSegmentIsAnErrorAtThePermalink() throws IOException {
        Path root = records();
        Path config = root.resolve("content/dossier.yaml");
        Files.writeString(config, Files.readString(config)
                .replace("permalink: /events/{id}/", "permalink: /" + "a".repeat(300) + "/{id}/"));
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("content/dossier.yaml:7:16: the permalink has a segment longer than 255 bytes "
                + "(\"aaaaaaaaaaaaaaaaaaaa…aaaaaaaaaa\"), which no file system can store; shorten it"), run.problems());
    }

    @Test
    void newWithATooLongIdIsAUsageError() {
        BuildRun run = BuildRun.of("new", "places", "a".repeat(300), "--root", SiteFiles.fixture("records").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("the record id is too long"), run.err());
    }

    private Path records() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        return root;
    }
}
