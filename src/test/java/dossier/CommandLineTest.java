package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes and messages of `dossier` as a user meets them. */
class CommandLineTest {
    @TempDir
    Path temp;

    @Test
    void versionAndHelpExitZero() {
        BuildRun version = BuildRun.of("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().matches("dossier \\d+\\.\\d+\\.\\d+\\R"), version.out());
        BuildRun help = BuildRun.of("build", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--root") && help.out().contains("--out"), help.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, BuildRun.of("build", "--no-such-option").exitCode());
        assertEquals(2, BuildRun.of("frobnicate").exitCode());
        BuildRun none = BuildRun.of();
        assertEquals(2, none.exitCode());
        assertTrue(none.err().contains("name a command"), none.err());
    }

    @Test
    void anOutputFolderThatHoldsTheSourcesIsRefused() {
        Path root = SiteFiles.fixture("minimal");
        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", root.resolve("content").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("would replace the dossier's own files"), run.err());
        assertEquals(2, BuildRun.of("build", "--root", root.toString(), "--out", root.toString()).exitCode());
    }

    @Test
    void aSuccessfulBuildSaysWhatItWrote() {
        BuildRun run = BuildRun.of("build", "--root", SiteFiles.fixture("minimal").toString(),
                "--out", temp.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("dossier: built 5 pages"), run.out());
        assertFalse(run.out().contains("Exception"));
    }

    @Test
    void contentErrorsExitOneWithoutAStackTrace() {
        BuildRun run = BuildRun.build(SiteFiles.fixture("error-many-at-once"), temp.resolve("site"));
        assertEquals(1, run.exitCode());
        assertEquals(4, run.problems().size(), run.err());
        assertTrue(run.err().endsWith("dossier: 4 error(s); the previous site was left as it was" + System.lineSeparator()),
                run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
