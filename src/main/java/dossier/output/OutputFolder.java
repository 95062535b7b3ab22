package dossier.output;

import dossier.content.SitePaths;
import dossier.io.Folders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The build writes into a fresh folder beside the output and swaps it in only when everything
 * succeeded, so a failed or killed build leaves the previous site as it was.
 */
public final class OutputFolder implements SiteWriter {
    private final Path target;
    private final Path staging;
    private final Path previous;
    private final CompletableFuture<Void> clearingPrevious;
    private final Set<String> written = ConcurrentHashMap.newKeySet();

    private OutputFolder(Path target, Path staging, Path previous, CompletableFuture<Void> clearingPrevious) {
        this.target = target;
        this.staging = staging;
        this.previous = previous;
        this.clearingPrevious = clearingPrevious;
    }

    public static OutputFolder begin(Path target) {
        Path staging = target.resolveSibling("." + target.getFileName() + ".partial");
        Path previous = target.resolveSibling("." + target.getFileName() + ".previous");
        Folders.deleteTree(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The site replaced by the last build is deleted while this one renders, not at the end.
        CompletableFuture<Void> clearing = CompletableFuture.runAsync(() -> Folders.deleteTree(previous),
                command -> new Thread(command, "dossier-clear-previous").start());
        return new OutputFolder(target, staging, previous, clearing);
    }

    @Override
    public boolean write(String relative, byte[] bytes) {
        Path file = resolve(relative);
        if (!written.add(relative)) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean copy(String relative, Path source) {
        Path file = resolve(relative);
        if (!written.add(relative)) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.copy(source, file, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasCurrent(String relative) {
        return current(relative).isPresent();
    }

    /** The file of the current site, when it has one at that path. */
    private Optional<Path> current(String relative) {
        Path existing = target.resolve(SitePaths.requireOutputFile(relative));
        // Not a link: one planted in the current site (a restored CI cache) would carry a file from elsewhere over.
        return Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS) ? Optional.of(existing) : Optional.empty();
    }

    /** Takes a file over as a hard link where the file system allows it (no bytes are copied), else a copy. */
    @Override
    public boolean keep(String relative) {
        Optional<Path> current = current(relative);
        if (current.isEmpty()) {
            return false;
        }
        Path existing = current.get();
        Path file = resolve(relative);
        if (!written.add(relative)) {
            return true;
        }
        try {
            Files.createDirectories(file.getParent());
            try {
                Files.createLink(file, existing);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(existing, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean has(String relative) {
        return written.contains(relative);
    }

    @Override
    public Set<String> files() {
        return new TreeSet<>(written);
    }

    /**
     * Replaces the target folder with what was written: two renames. The replaced site stays beside
     * it, in {@code .<name>.previous}, until the next build clears it.
     */
    @Override
    public void commit() {
        clearingPrevious.join();
        BuildLock.swap(() -> {
            try {
                if (Files.exists(target)) {
                    move(target, previous);
                }
                move(staging, target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void abandon() {
        clearingPrevious.join();
        Folders.deleteTree(staging);
    }

    /** The file for a path in the one published form; any other form is a bug (content cannot name one). */
    private Path resolve(String relative) {
        return staging.resolve(SitePaths.requireOutputFile(relative));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
