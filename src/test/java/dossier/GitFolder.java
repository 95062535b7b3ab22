package dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * A git work tree for tests, made with JGit: files committed on given dates, as an editor's history
 * would have them, and the history rewritten as a squash would.
 */
public final class GitFolder {
    private final Path root;

    private GitFolder(Path root) {
        this.root = root;
    }

    public static GitFolder init(Path root) {
        try {
            Files.createDirectories(root);
            Git.init().setDirectory(root.toFile()).setInitialBranch("main").call().close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return new GitFolder(root);
    }

    /** Writes each file (relative path, then text) and commits them all on {@code date} (yyyy-MM-dd). */
    public GitFolder commit(String date, String... pathsAndTexts) {
        return commitWithMessage(date, "change of " + date, pathsAndTexts);
    }

    /** The same, with a commit message of its own. */
    public GitFolder commitWithMessage(String date, String message, String... pathsAndTexts) {
        try {
            for (int i = 0; i < pathsAndTexts.length; i += 2) {
                Path file = root.resolve(pathsAndTexts[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, pathsAndTexts[i + 1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return commitAll(date, message);
    }

    /** Commits whatever the work tree now holds (files written, moved or deleted by the test). */
    public GitFolder commitAll(String date, String message) {
        try (Git git = Git.open(root.toFile())) {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = person(date);
            git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Replaces the whole history by one commit of the current tree, as a squash and force-push would. */
    public GitFolder squash(String date) {
        try (Git git = Git.open(root.toFile())) {
            Repository repository = git.getRepository();
            ObjectId tree = repository.parseCommit(repository.resolve(Constants.HEAD)).getTree().getId();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            commit.setAuthor(person(date));
            commit.setCommitter(person(date));
            commit.setMessage("Squashed history\n");
            ObjectId id;
            try (ObjectInserter inserter = repository.newObjectInserter()) {
                id = inserter.insert(commit);
                inserter.flush();
            }
            RefUpdate update = repository.updateRef(repository.getFullBranch());
            update.setNewObjectId(id);
            update.setForceUpdate(true);
            update.update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    private static PersonIdent person(String date) {
        return new PersonIdent("Test", "test@example.org",
                LocalDate.parse(date).atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
