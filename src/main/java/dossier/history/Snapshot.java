package dossier.history;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A past state of {@code content/}, as an in-memory folder that the same loader reads as it reads
 * the work tree. Moving it from one state to the next writes only the files that differ, so walking
 * a long history costs in proportion to its changes.
 */
public final class Snapshot implements AutoCloseable {
    private final GitHistory history;
    private final FileSystem memory = Jimfs.newFileSystem(Configuration.unix());
    private final Path root = memory.getPath("/dossier");
    private String tree;
    /** The blob of each file under content/, by its path relative to the root ("content/aid/x.yaml"). */
    private final Map<String, String> blobs = new java.util.HashMap<>();

    public Snapshot(GitHistory history) {
        this.history = history;
    }

    /** The dossier's root in memory: {@code content/} as it was at the last {@link #moveTo} state. */
    public Path root() {
        return root;
    }

    /** Makes the folder hold the content of {@code commit}. */
    public void moveTo(ContentCommit commit) {
        if (commit.tree().equals(tree)) {
            return;
        }
        Map<String, Optional<String>> changed = history.changedFiles(tree, commit.tree());
        try {
            for (Map.Entry<String, Optional<String>> file : changed.entrySet()) {
                Path path = root.resolve("content").resolve(file.getKey());
                if (!isContent(file.getKey())) {
                    continue; // an image or a PDF: versions publish no static file, and need not hold it
                }
                if (file.getValue().isPresent()) {
                    Files.createDirectories(path.getParent());
                    Files.write(path, history.read(file.getValue().get()));
                    blobs.put("content/" + file.getKey(), file.getValue().get());
                } else {
                    Files.deleteIfExists(path);
                    blobs.remove("content/" + file.getKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tree = commit.tree();
    }

    /** True for a file pages are made from: YAML, Markdown, JSON (schemas); not an image or a download. */
    public static boolean isContent(String file) {
        String name = file.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".md") || name.endsWith(".json");
    }

    /** The git blob id of a file as this state has it ("content/aid/x.yaml"), if it has the file. */
    public Optional<String> blob(String file) {
        return Optional.ofNullable(blobs.get(file));
    }

    @Override
    public void close() {
        try {
            memory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
