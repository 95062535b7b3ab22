package dossier.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything below them; calls back once per burst of changes (an editor's
 * save is often several events), on its own thread.
 */
final class Watcher implements AutoCloseable {
    private static final long SETTLE_MILLIS = 25;

    private final WatchService service;
    private final Thread thread;

    private Watcher(WatchService service, Runnable onChange) {
        this.service = service;
        this.thread = new Thread(() -> loop(onChange), "dossier-watch");
        this.thread.setDaemon(true);
    }

    static Watcher start(List<Path> folders, Runnable onChange) throws IOException {
        Watcher watcher = new Watcher(FileSystems.getDefault().newWatchService(), onChange);
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                watcher.registerTree(folder);
            }
        }
        watcher.thread.start();
        return watcher;
    }

    private void registerTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopped
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean changed = false;
        for (var event : key.pollEvents()) {
            changed = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name
                    && Files.isDirectory(dir.resolve(name))) {
                registerTree(dir.resolve(name));
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
