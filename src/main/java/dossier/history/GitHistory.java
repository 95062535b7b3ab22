package dossier.history;

import dossier.history.ChangeHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The published history of a dossier's {@code content/}, read with JGit from the object database:
 * nothing is checked out and no {@code git} binary is needed. The history is every commit reachable
 * from {@code HEAD}, parents first; a commit that left {@code content/} as its first parent had it
 * is no state of its own.
 */
public final class GitHistory implements AutoCloseable {
    /** Content files larger than this are not read from history (the loader refuses them anyway). */
    private static final long LARGEST_FILE = 64L * 1024 * 1024;

    private final Repository repository;
    private final List<ContentCommit> commits;
    private final boolean shallow;

    private GitHistory(Repository repository, List<ContentCommit> commits, boolean shallow) {
        this.repository = repository;
        this.commits = List.copyOf(commits);
        this.shallow = shallow;
    }

    /** A history with no commits: a root outside git, or a repository where nothing is committed. */
    public static GitHistory none() {
        return new GitHistory(null, List.of(), false);
    }

    /** Reads the history of {@code root/content}; {@link #none()} when root is not in a git work tree. */
    public static GitHistory of(Path root) {
        // JGit would otherwise run `git --version` and `git config --system` to find the system-wide
        // git config. The history needs no setting from it, and must read the same with or without
        // a git binary; this sets JGit's shared file-system helper once, the same way every time.
        org.eclipse.jgit.util.FS.DETECTED.setGitSystemConfig(null);
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return none();
        }
        Repository repository = null;
        try {
            repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                repository.close();
                return none();
            }
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            Path relative = workTree.relativize(root.toRealPath());
            String prefix = relative.toString().isEmpty() ? "" : relative.toString().replace('\\', '/') + "/";
            if (prefix.startsWith("../")) {
                repository.close();
                return none();
            }
            String contentPath = prefix + "content";
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                repository.close();
                return none();
            }
            List<ContentCommit> commits = new ArrayList<>();
            boolean shallow = readLine(repository, head, contentPath, commits);
            return new GitHistory(repository, commits, shallow);
        } catch (IOException | RuntimeException e) {
            // An unreadable repository (a broken clone, an unknown extension) builds like a folder outside git.
            if (repository != null) {
                repository.close();
            }
            return none();
        }
    }

    /**
     * The folder where git logs every move of {@code HEAD} and the branches ({@code .git/logs}): it
     * changes with each commit, checkout or pull, so {@code serve} watches it to show new history.
     */
    public static Optional<Path> refLogs(Path root) {
        java.io.File gitDir = new FileRepositoryBuilder().findGitDir(root.toFile()).getGitDir();
        return Optional.ofNullable(gitDir).map(dir -> dir.toPath().resolve("logs"))
                .filter(java.nio.file.Files::isDirectory);
    }

    /**
     * Fills {@code commits} with every commit reachable from {@code head} that changed content/ from its
     * first parent, parents before children; true when the history stops at a commit whose parent is
     * not here (a shallow clone).
     */
    private static boolean readLine(Repository repository, ObjectId head, String contentPath,
                                    List<ContentCommit> commits) throws IOException {
        boolean cut = false;
        java.util.Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        try (RevWalk walk = new RevWalk(repository)) {
            walk.sort(org.eclipse.jgit.revwalk.RevSort.TOPO, true);
            walk.sort(org.eclipse.jgit.revwalk.RevSort.REVERSE, true);
            walk.markStart(walk.parseCommit(head));
            Map<ObjectId, String> trees = new HashMap<>();
            // All of them, not only the first-parent line: a published commit that reaches main as the
            // second parent of an editor's merge is still published, and its versions may be cited.
            for (RevCommit commit : walk) {
                String tree = treeOf(repository, commit, contentPath).map(ObjectId::name).orElse("");
                trees.put(commit.getId(), tree);
                String parentTree = "";
                if (commit.getParentCount() > 0 && !shallow.contains(commit.getId())) {
                    String known = trees.get(commit.getParent(0).getId());
                    if (known == null) {
                        cut = true; // the parent was not walked: it is not in this clone
                    } else {
                        parentTree = known;
                    }
                }
                if (!tree.isEmpty() && !tree.equals(parentTree)) {
                    PersonIdent committer = commit.getCommitterIdent();
                    LocalDate date = committer.getWhenAsInstant().atZone(committer.getZoneId()).toLocalDate();
                    commits.add(new ContentCommit(commit.name(), tree, parentTree, date, commit.getShortMessage()));
                }
            }
        } catch (MissingObjectException e) {
            cut = true;
        }
        return cut || !shallow.isEmpty();
    }

    private static Optional<ObjectId> treeOf(Repository repository, RevCommit commit, String path) throws IOException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (walk == null || walk.getFileMode(0) != FileMode.TREE) {
                return Optional.empty();
            }
            return Optional.of(walk.getObjectId(0));
        }
    }

    /** The states of {@code content/}, parents before children, each differing from its first parent's. */
    public List<ContentCommit> commits() {
        return commits;
    }

    /** True outside git or before the first commit: there is no history to publish. */
    public boolean isEmpty() {
        return commits.isEmpty();
    }

    /** True when the clone is shallow: older states may be missing. */
    public boolean isShallow() {
        return shallow;
    }

    /** When each content file last changed: the date of the newest commit that changed it from its parent. */
    public ChangeHistory lastChanged() {
        Map<String, LocalDate> dates = new HashMap<>();
        for (ContentCommit commit : commits) {
            for (String file : changedFiles(commit.parentTree().isEmpty() ? null : commit.parentTree(),
                    commit.tree()).keySet()) {
                dates.merge("content/" + file, commit.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return ChangeHistory.of(dates);
    }

    /**
     * The files that differ between two {@code content/} trees, relative to {@code content/}, with
     * their blob id in {@code to} (empty when removed). {@code from} null is the empty tree.
     */
    public Map<String, Optional<String>> changedFiles(String from, String to) {
        Map<String, Optional<String>> changed = new LinkedHashMap<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk walk = new TreeWalk(reader)) {
            walk.setRecursive(true);
            if (from == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                walk.addTree(parser(reader, from));
            }
            walk.addTree(parser(reader, to));
            walk.setFilter(TreeFilter.ANY_DIFF);
            while (walk.next()) {
                boolean file = walk.getFileMode(1) == FileMode.REGULAR_FILE
                        || walk.getFileMode(1) == FileMode.EXECUTABLE_FILE;
                boolean was = walk.getFileMode(0) == FileMode.REGULAR_FILE
                        || walk.getFileMode(0) == FileMode.EXECUTABLE_FILE;
                // Links and submodules are no content: the loader skips them in the work tree too.
                if (file) {
                    changed.put(walk.getPathString(), Optional.of(walk.getObjectId(1).name()));
                } else if (was) {
                    changed.put(walk.getPathString(), Optional.empty());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return changed;
    }

    /** The bytes of a blob. */
    public byte[] read(String blob) {
        try (ObjectReader reader = repository.newObjectReader()) {
            var loader = reader.open(ObjectId.fromString(blob), Constants.OBJ_BLOB);
            if (loader.getSize() > LARGEST_FILE) {
                return new byte[0];
            }
            return loader.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blob of a file in a {@code content/} tree ("aid/x.yaml"), if the tree has it as a file. */
    public Optional<String> blobAt(String tree, String file) {
        try (ObjectReader reader = repository.newObjectReader();
             TreeWalk walk = TreeWalk.forPath(reader, file, ObjectId.fromString(tree))) {
            if (walk == null || walk.getFileMode(0) != FileMode.REGULAR_FILE
                    && walk.getFileMode(0) != FileMode.EXECUTABLE_FILE) {
                return Optional.empty();
            }
            return Optional.of(walk.getObjectId(0).name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CanonicalTreeParser parser(ObjectReader reader, String tree) throws IOException {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        parser.reset(reader, ObjectId.fromString(tree));
        return parser;
    }

    @Override
    public void close() {
        if (repository != null) {
            repository.close();
        }
    }
}
