package dossier.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.GitFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The states of content/ on the first-parent line of HEAD, read with JGit. */
class GitHistoryTest {
    @TempDir
    Path temp;

    @Test
    void aCommitThatLeavesContentAsItWasIsNoState() {
        GitFolder.init(temp)
                .commitWithMessage("2021-03-04", "First\n\nbody", "content/a.yaml", "a: 1\n")
                .commitWithMessage("2021-04-05", "Readme only", "README.md", "hello\n")
                .commitWithMessage("2022-05-06", "Second", "content/a.yaml", "a: 2\n", "content/b.md", "b\n");
        try (GitHistory history = GitHistory.of(temp)) {
            List<ContentCommit> commits = history.commits();
            assertEquals(List.of("First", "Second"), commits.stream().map(ContentCommit::subject).toList());
            assertEquals(List.of("2021-03-04", "2022-05-06"), commits.stream().map(c -> c.date().toString()).toList());
            assertEquals(12, commits.get(0).shortId().length());
            Map<String, Optional<String>> changed = history.changedFiles(commits.get(0).tree(), commits.get(1).tree());
            assertEquals(List.of("a.yaml", "b.md"), List.copyOf(changed.keySet()));
            assertEquals("a: 2\n", new String(history.read(changed.get("a.yaml").orElseThrow()), StandardCharsets.UTF_8));
            assertEquals(changed.get("b.md"), history.blobAt(commits.get(1).tree(), "b.md"));
            assertEquals(Optional.empty(), history.blobAt(commits.get(0).tree(), "b.md"));
            assertFalse(history.isShallow());
        }
    }

    @Test
    void aRemovedFileHasNoBlob() throws Exception {
        GitFolder folder = GitFolder.init(temp).commit("2021-03-04", "content/a.yaml", "a: 1\n", "content/b.yaml", "b\n");
        Files.delete(temp.resolve("content/b.yaml"));
        folder.commitAll("2021-03-05", "Remove b");
        try (GitHistory history = GitHistory.of(temp)) {
            List<ContentCommit> commits = history.commits();
            assertEquals(Map.of("b.yaml", Optional.empty()), history.changedFiles(commits.get(0).tree(),
                    commits.get(1).tree()));
            assertEquals(Optional.empty(), history.lastChanged().lastChanged("content/c.yaml"));
            assertEquals("2021-03-04", history.lastChanged().lastChanged("content/a.yaml").orElseThrow().toString());
        }
    }

    @Test
    void aSquashLeavesOneState() {
        GitFolder.init(temp).commit("2021-03-04", "content/a.yaml", "a: 1\n")
                .commit("2021-03-05", "content/a.yaml", "a: 2\n").squash("2021-03-06");
        try (GitHistory history = GitHistory.of(temp)) {
            assertEquals(1, history.commits().size());
            assertEquals("Squashed history", history.commits().get(0).subject());
        }
    }

    @Test
    void outsideGitOrBeforeTheFirstCommitThereIsNoHistory() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain/content"));
        assertTrue(GitHistory.of(plain.getParent()).isEmpty());
        Path empty = temp.resolve("empty");
        GitFolder.init(empty);
        assertTrue(GitHistory.of(empty).isEmpty());
        assertTrue(GitHistory.none().isEmpty());
    }

    @Test
    void aShallowCloneHoldsOnlyItsLastStatesAndSaysSo() throws Exception {
        Path origin = temp.resolve("origin");
        GitFolder.init(origin).commit("2021-03-04", "content/a.yaml", "a: 1\n")
                .commit("2021-03-05", "content/a.yaml", "a: 2\n");
        Path clone = temp.resolve("clone");
        org.eclipse.jgit.api.Git.cloneRepository().setURI(origin.toUri().toString()).setDirectory(clone.toFile())
                .setDepth(1).call().close();
        try (GitHistory history = GitHistory.of(clone)) {
            assertEquals(1, history.commits().size());
            assertTrue(history.isShallow());
        }
        try (GitHistory full = GitHistory.of(origin)) {
            assertEquals(2, full.commits().size());
        }
    }

    @Test
    void aCommitMergedAsASecondParentIsInTheHistoryBeforeTheMerge() throws Exception {
        GitFolder folder = GitFolder.init(temp).commitWithMessage("2021-03-04", "Base", "content/a.yaml", "a: 1\n");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(temp.toFile())) {
            git.checkout().setCreateBranch(true).setName("side").call();
        }
        folder.commitWithMessage("2021-03-05", "On the side", "content/b.yaml", "b: 1\n");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(temp.toFile())) {
            git.checkout().setName("main").call();
        }
        folder.commitWithMessage("2021-03-06", "On main", "content/a.yaml", "a: 2\n");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(temp.toFile())) {
            git.merge().include(git.getRepository().resolve("side")).setMessage("Merge side").call();
        }
        try (GitHistory history = GitHistory.of(temp)) {
            List<String> subjects = history.commits().stream().map(ContentCommit::subject).toList();
            assertTrue(subjects.contains("On the side"), subjects.toString());
            assertEquals("Base", subjects.get(0), "parents first: " + subjects);
            assertEquals("Merge side", subjects.get(subjects.size() - 1), "the merge last: " + subjects);
            assertFalse(history.isEmpty());
            ContentCommit merge = history.commits().get(subjects.size() - 1);
            ContentCommit onMain = history.commits().get(subjects.indexOf("On main"));
            assertEquals(onMain.tree(), merge.parentTree(), "compared with its first parent");
        }
        assertTrue(GitHistory.refLogs(temp).isPresent(), "git logs the moves of HEAD");
    }

    @Test
    void outsideGitThereAreNoRefLogs() throws Exception {
        assertEquals(Optional.empty(), GitHistory.refLogs(Files.createDirectories(temp.resolve("plain"))));
    }
}
