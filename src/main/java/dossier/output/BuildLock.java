package dossier.output;

import dossier.io.RealPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One build at a time into an output folder: a lock file beside it ({@code .<name>.lock}) that a
 * build holds from reading the previous site to swapping in the new one. A second build waits for
 * the first, saying so, and gives up after a generous time. The operating system releases the lock
 * of a process that dies, however it dies.
 */
public final class BuildLock implements AutoCloseable {
    private static final long POLL_MILLIS = 100;
    /**
     * File locks belong to the whole process: a second lock on the same file from this JVM throws,
     * and closing any channel to it may drop the lock held through another. So builds in one JVM
     * (tests, a build tool's plug-in) queue here first, and only the one at the head opens the file.
     * This is per process by nature, hence static.
     */
    private static final ConcurrentMap<Path, Semaphore> IN_THIS_PROCESS = new ConcurrentHashMap<>();
    /** Held during the two renames that swap a new site in; a stop of the process waits for them. */
    private static final Object SWAPPING = new Object();
    private static final java.util.concurrent.atomic.AtomicBoolean STOPPING =
            new java.util.concurrent.atomic.AtomicBoolean();

    private final Semaphore turn;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Semaphore turn, FileChannel channel, FileLock lock) {
        this.turn = turn;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of an output folder: beside it, so that it outlives the folder's replacement. */
    public static Path fileOf(Path output) {
        // Named after the real folder: two links to one folder are one output, so they share one lock.
        Path target = RealPaths.of(output);
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code output}, waiting up to {@code patience} for another build to finish.
     *
     * @param waiting told once, in a sentence, when another build holds the lock
     * @throws Busy when the other build still holds it after {@code patience}
     */
    public static BuildLock acquire(Path output, Duration patience, Consumer<String> waiting) {
        Path file = fileOf(output);
        long deadline = System.nanoTime() + patience.toNanos();
        Runnable tellOnce = once(() -> waiting.accept("dossier: another build is writing "
                + output.toAbsolutePath().normalize() + "; waiting for it to finish (lock " + file + ")"));
        Semaphore turn = IN_THIS_PROCESS.computeIfAbsent(file, key -> new Semaphore(1, true));
        try {
            if (!turn.tryAcquire()) {
                tellOnce.run();
                if (!turn.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    throw new Busy(output, patience);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy(output, patience);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            requireRegularFile(file);
            // Not through a link: opening a planted link to a file elsewhere would create or lock that file.
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock;
            while ((lock = tryLock(channel)) == null) {
                tellOnce.run();
                if (System.nanoTime() > deadline) {
                    throw new Busy(output, patience);
                }
                Thread.sleep(POLL_MILLIS);
            }
            return new BuildLock(turn, channel, lock);
        } catch (IOException | RuntimeException | InterruptedException e) {
            giveUp(turn, channel);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new Busy(output, patience);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /**
     * A lock file that is a folder, a link or a pipe cannot be locked, and opening a pipe would wait
     * for a reader for ever: refused before it is opened.
     */
    private static void requireRegularFile(Path file) {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new Unusable(file);
        }
    }

    private static void giveUp(Semaphore turn, FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing was locked through it
        }
        turn.release();
    }

    private static Runnable once(Runnable action) {
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (done.compareAndSet(false, true)) {
                action.run();
            }
        };
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held in this JVM outside this class: wait as for another process
        }
    }

    /**
     * Runs the swap of a new site for the old one so that no stop through {@link #stopSwaps} cuts it
     * in half (between its two renames there is no site at all).
     *
     * @throws Stopped after such a stop, having swapped nothing
     */
    static void swap(Runnable renames) {
        synchronized (SWAPPING) {
            if (STOPPING.get()) {
                throw new Stopped();
            }
            renames.run();
        }
    }

    /**
     * From now on no swap starts, and one under way finishes first: for a process that is told to
     * stop (its shutdown), so that the previous site stays in place.
     */
    public static void stopSwaps() {
        synchronized (SWAPPING) {
            STOPPING.set(true);
        }
    }

    /** Stops this process at once, but never in the middle of a swap: for a build whose parent has gone. */
    public static void haltOutsideSwap(int status) {
        stopSwaps();
        Runtime.getRuntime().halt(status);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the lock goes with the channel, or with the process
        } finally {
            turn.release();
        }
    }

    /** The process is stopping: the new site was not swapped in, the previous one is in place. */
    public static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped before the new site replaced the previous one, which was left as it was");
        }
    }

    /** The lock file's name is taken by something else than a file: this build cannot know it is alone. */
    public static final class Unusable extends RuntimeException {
        Unusable(Path file) {
            super("the lock file " + file + " is " + (Files.isSymbolicLink(file) ? "a symbolic link"
                    : Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "not a regular file (a pipe"
                    + " or device)") + ", so this build cannot take the lock and wrote nothing; remove it and build again");
        }
    }

    /** Another build held the output folder for longer than this one would wait. */
    public static final class Busy extends RuntimeException {
        Busy(Path output, Duration patience) {
            super("another build has been writing " + output.toAbsolutePath().normalize() + " for over "
                    + (patience.toMinutes() > 0 ? patience.toMinutes() + " minutes" : patience.toSeconds() + " seconds")
                    + "; this build wrote nothing. Build again when it has finished, or stop it");
        }
    }
}
