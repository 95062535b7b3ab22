package dossier.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.GitFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "last modified" date of a citation: the last commit that changed the file, read from git. */
class ChangeHistoryTest {
    @TempDir
    Path temp;

    @Test
    void eachFileIsDatedByItsLastCommit() {
        GitFolder.init(temp)
                .commit("2021-03-04", "content/a.yaml", "a: 1\n", "content/b.md", "b\n")
                .commit("2022-05-06", "content/a.yaml", "a: 2\n", "README.md", "not content\n")
                .commit("2023-07-08", "content/sub/c é.yaml", "c: 1\n");
        ChangeHistory history = lastChanged(temp);
        assertEquals(Optional.of(LocalDate.of(2022, 5, 6)), history.lastChanged("content/a.yaml"));
        assertEquals(Optional.of(LocalDate.of(2021, 3, 4)), history.lastChanged("content/b.md"));
        assertEquals(Optional.of(LocalDate.of(2023, 7, 8)), history.lastChanged("content/sub/c é.yaml"),
                "a path with a space and an accent, as git would otherwise quote it");
        assertEquals(Optional.empty(), history.lastChanged("README.md"), "only content/ is read");
        assertEquals(Optional.empty(), history.lastChanged("content/never.yaml"));
    }

    @Test
    void aDossierInASubfolderOfARepositoryNamesItsFilesFromItsOwnRoot() {
        GitFolder.init(temp)
                .commit("2020-01-02", "site/content/a.yaml", "a: 1\n", "other/content/a.yaml", "a: 1\n")
                .commit("2024-02-29", "other/content/a.yaml", "a: 2\n");
        ChangeHistory history = lastChanged(temp.resolve("site"));
        assertEquals(Optional.of(LocalDate.of(2020, 1, 2)), history.lastChanged("content/a.yaml"));
    }

    @Test
    void aFolderOutsideGitHasNoHistory() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain/content"));
        Files.writeString(plain.resolve("a.yaml"), "a: 1\n");
        assertEquals(Optional.empty(), lastChanged(plain.getParent()).lastChanged("content/a.yaml"));
        assertEquals(Optional.empty(), ChangeHistory.none().lastChanged("content/a.yaml"));
    }

    @Test
    void aRepositoryWithoutCommitsHasNoHistory() {
        GitFolder.init(temp);
        assertEquals(Optional.empty(), lastChanged(temp).lastChanged("content/a.yaml"));
    }

    private static ChangeHistory lastChanged(Path root) {
        try (GitHistory history = GitHistory.of(root)) {
            return history.lastChanged();
        }
    }
}
