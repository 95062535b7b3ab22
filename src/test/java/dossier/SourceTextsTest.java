package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --source-texts}: a folder outside the dossier, checked by {@code check} as by {@code build};
 * without it the build says that the passages went unchecked.
 */
class SourceTextsTest {
    @TempDir
    Path temp;

    private Path root() {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("passages-errors"), root);
        return root;
    }

    @Test
    void checkReportsWhatBuildReports() throws Exception {
        Path root = root();
        Path texts = Files.move(root.resolve("source-texts"), temp.resolve("texts"));
        BuildRun run = BuildRun.of("check", "--root", root.toString(), "--source-texts", texts.toString());
        assertEquals(Files.readAllLines(root.resolve("expected-problems.txt")).stream()
                .filter(line -> !line.isBlank()).toList(), run.problems());
        assertEquals(1, run.exitCode());
    }

    @Test
    void withoutTextsTheBuildSaysThePassagesWentUnchecked() {
        Path root = temp.resolve("links");
        SiteFiles.copyTree(SiteFiles.fixture("passages-links"), root);
        BuildRun run = BuildRun.of("build", "--root", root.toString(), "--out", temp.resolve("site").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("the citations' passages were not checked against their sources "
                + "(give --source-texts DIR"), run.err());
    }

    @Test
    void aFolderInsideTheDossierOrNoFolderIsAUsageError() {
        Path root = root();
        BuildRun inside = BuildRun.of("build", "--root", root.toString(), "--out", temp.resolve("site").toString(),
                "--source-texts", root.resolve("source-texts").toString());
        assertEquals(2, inside.exitCode());
        assertTrue(inside.err().contains("is inside the dossier; keep the source texts outside it"), inside.err());
        assertFalse(Files.exists(temp.resolve("site")));
        BuildRun missing = BuildRun.of("check", "--root", root.toString(), "--source-texts",
                temp.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("is not a folder"), missing.err());
    }
}
