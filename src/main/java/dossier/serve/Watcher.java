package dossier.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders and everything below them; calls back once per burst of changes (an editor's
 * save is often several events), on its own thread. Each folder's parent is watched too, for the
 * folder alone: a folder that is deleted and made again (a branch switch, a restored backup) is
 * watched again. Nothing the callback throws, and no folder that vanishes while it is being
 * registered, stops the watching.
 */
final class Watcher implements AutoCloseable {
    private static final long SETTLE_MILLIS = 25;

    private final WatchService service;
    private final List<Path> folders;
    private final Thread thread;

    private Watcher(WatchService service, List<Path> folders, Runnable onChange) {
        this.service = service;
        this.folders = folders;
        this.thread = new Thread(() -> loop(onChange), "dossier-watch");
        this.thread.setDaemon(true);
    }

    static Watcher start(List<Path> folders, Runnable onChange) throws IOException {
        List<Path> absolute = folders.stream().map(folder -> folder.toAbsolutePath().normalize()).toList();
        Watcher watcher = new Watcher(FileSystems.getDefault().newWatchService(), absolute, onChange);
        for (Path folder : absolute) {
            if (folder.getParent() != null && Files.isDirectory(folder.getParent())) {
                folder.getParent().register(watcher.service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
            watcher.registerTree(folder);
        }
        watcher.thread.start();
        return watcher;
    }

    /**
     * Registers each folder before its entries are read, so that a subfolder made while the tree is
     * being copied in (a restored backup) is either listed here or reported as an event of its
     * registered parent: a walk that listed first and registered after would miss one made between.
     */
    private void registerTree(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                            StandardWatchEventKinds.ENTRY_DELETE);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // it vanished while being walked
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // It vanished while being walked: its next creation is an event of its parent.
        }
    }

    private void loop(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean changed = drain(key);
                // Let the burst settle, then rebuild once.
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    changed |= drain(more);
                }
                if (changed) {
                    runSurviving(onChange);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    /** The callback reports its own failures; this only keeps one it did not catch from ending the watch. */
    private static void runSurviving(Runnable onChange) {
        try {
            onChange.run();
        } catch (RuntimeException | Error e) {
            System.err.println("dossier: the rebuild failed: " + e);
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean inTree = folders.stream().anyMatch(dir::startsWith);
        boolean changed = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                folders.forEach(this::registerTree); // events were lost: what is there now is watched
                changed = true;
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            if (!inTree && !folders.contains(path)) {
                continue; // a sibling of a watched folder in its parent
            }
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                registerTree(path);
            }
        }
        key.reset();
        return changed;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // already closed
        }
        thread.interrupt();
    }
}
