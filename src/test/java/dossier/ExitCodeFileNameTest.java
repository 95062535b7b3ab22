package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file name no URL can hold is an error at that file, not a crash while copying it. */
class ExitCodeFileNameTest {
    @TempDir
    Path temp;

    @Test
    void aBackslashInAStaticFileNameIsAnErrorAtTheFile() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        Files.writeString(root.resolve("content/a\\b.txt"), "x\n");
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of("content/a\\b.txt:1:1: this file's name holds a backslash or bytes that are not UTF-8,"
                + " so it cannot be a URL; rename it with letters, digits, '.', '_' and '-'"), run.problems());
        BuildRun check = BuildRun.of("check", "--root", root.toString());
        assertEquals(1, check.exitCode(), check.err());
    }

    @Test
    void aFileNameThatIsNotUtf8IsAnErrorAtTheFile() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        // Only the operating system's byte path can name it: Java strings hold no lone 0xFF byte.
        Path content = root.resolve("content");
        int made = new ProcessBuilder("sh", "-c", "printf x > \"$(printf 'a\\377.txt')\"").directory(content.toFile())
                .start().onExit().join().exitValue();
        assertEquals(0, made);
        BuildRun run = BuildRun.build(root, temp.resolve("site"));
        assertEquals(1, run.exitCode(), run.err());
        assertEquals(1, run.problems().size(), run.err());
        assertTrue(run.problems().get(0).contains(": this file's name holds a backslash or bytes that are not UTF-8"),
                run.err());
        assertFalse(run.err().contains("internal error"), run.err());
    }
}
