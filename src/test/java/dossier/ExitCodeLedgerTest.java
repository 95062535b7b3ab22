package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ledger saved in another encoding is the editor's mistake, shown at its bad byte. */
class ExitCodeLedgerTest {
    @TempDir
    Path temp;

    @Test
    void aLedgerThatIsNotUtf8IsAnErrorAtItsBadByte() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Files.write(root.resolve("content/published-urls.txt"), new byte[] {'/', '\n', '/', 'p', (byte) 0xff, '\n'});
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("content/published-urls.txt:2:3: the file is not valid UTF-8 (byte 0xFF); "
                + "save the file as UTF-8 in your editor"), run.problems());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstUrl() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Path ledger = root.resolve("content/published-urls.txt");
        Files.writeString(ledger, "\uFEFF/places/\n/events/meeting-one/\n", StandardCharsets.UTF_8);
        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", temp.resolve("site").toString(),
                "--update-ledger");
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(ledger, StandardCharsets.UTF_8);
        assertTrue(lines.contains("/places/"), String.join("\n", lines));
        assertTrue(lines.stream().noneMatch(line -> line.contains("\uFEFF")), String.join("\n", lines));
    }
}
