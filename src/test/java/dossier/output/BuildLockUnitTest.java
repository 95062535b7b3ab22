package dossier.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock of an output folder, in this process: its name, waiting with one notice, giving up with
 * a message, and refusing a lock file that is not a file. {@code BuildLockTest} has the builds in
 * other processes.
 */
class BuildLockUnitTest {
    private static final Duration NONE = Duration.ZERO;

    @TempDir
    Path temp;

    private final List<String> notices = new ArrayList<>();

    private String waitingNotice(Path out) {
        return "dossier: another build is writing " + out + "; waiting for it to finish (lock "
                + BuildLock.fileOf(out) + ")";
    }

    @Test
    void theLockFileLiesBesideTheRealOutputFolder() throws IOException {
        Path real = temp.toRealPath();
        assertEquals(real.resolve(".site.lock"), BuildLock.fileOf(temp.resolve("site")));
        Files.createDirectories(temp.resolve("builds/current"));
        Path link = Files.createSymbolicLink(temp.resolve("latest"), temp.resolve("builds/current"));
        assertEquals(real.resolve("builds/.current.lock"), BuildLock.fileOf(link), "two names of one folder, one lock");
    }

    @Test
    void aFreeLockIsTakenAtOnceWithoutANoticeAndIsFreeAgainWhenClosed() throws IOException {
        Path out = temp.resolve("a/b/site");
        try (BuildLock first = BuildLock.acquire(out, NONE, notices::add)) {
            assertTrue(Files.isRegularFile(temp.resolve("a/b/.site.lock")), "created with its folder");
            assertFalse(Files.exists(out), "the output itself is the build's to write");
        }
        try (BuildLock again = BuildLock.acquire(out, NONE, notices::add)) {
            assertEquals(List.of(), notices);
        }
    }

    @Test
    void aBuildInThisProcessGivesUpWithAMessageAfterItsPatience() {
        Path out = temp.resolve("site");
        try (BuildLock held = BuildLock.acquire(out, NONE, notices::add)) {
            BuildLock.Busy busy = assertThrows(BuildLock.Busy.class, () -> BuildLock.acquire(out, NONE, notices::add));
            assertEquals("another build has been writing " + out + " for over 0 seconds; this build wrote nothing."
                    + " Build again when it has finished, or stop it", busy.getMessage());
            assertEquals(List.of(waitingNotice(out)), notices);
        }
        try (BuildLock free = BuildLock.acquire(out, NONE, notices::add)) {
            assertEquals(1, notices.size(), "no notice when nobody holds it");
        }
    }

    @Test
    void theMessageCountsMinutesOnceThereAreAny() {
        Path out = temp.resolve("site");
        assertEquals("another build has been writing " + out + " for over 10 minutes; this build wrote nothing. Build"
                + " again when it has finished, or stop it", new BuildLock.Busy(out, Duration.ofMinutes(10)).getMessage());
        assertEquals("another build has been writing " + out + " for over 59 seconds; this build wrote nothing. Build"
                + " again when it has finished, or stop it", new BuildLock.Busy(out, Duration.ofSeconds(59)).getMessage());
        assertEquals("another build has been writing " + out + " for over 1 minutes; this build wrote nothing. Build"
                + " again when it has finished, or stop it", new BuildLock.Busy(out, Duration.ofSeconds(60)).getMessage());
    }

    @Test
    void aWaitingBuildTakesTheLockOnceTheOtherReleasesIt() {
        Path out = temp.resolve("site");
        BuildLock held = BuildLock.acquire(out, NONE, notices::add);
        // The notice comes before the wait: releasing there lets the wait end at once.
        try (BuildLock next = BuildLock.acquire(out, Duration.ofMinutes(1), notice -> {
            notices.add(notice);
            held.close();
        })) {
            assertEquals(List.of(waitingNotice(out)), notices);
        }
    }

    @Test
    void aWaitingBuildWaitsUpToItsPatienceForABuildInThisProcess() throws InterruptedException {
        Path out = temp.resolve("site");
        BuildLock held = BuildLock.acquire(out, NONE, notices::add);
        Thread waiter = Thread.currentThread();
        java.util.concurrent.atomic.AtomicBoolean over = new java.util.concurrent.atomic.AtomicBoolean();
        // Released only once this thread waits: no sleep, and the wait itself must take the lock.
        Thread releaser = new Thread(() -> {
            while (waiter.getState() != Thread.State.TIMED_WAITING && !over.get()) {
                Thread.onSpinWait();
            }
            held.close();
        });
        try (BuildLock next = BuildLock.acquire(out, Duration.ofMinutes(1), notice -> {
            notices.add(notice);
            releaser.start();
        })) {
            assertEquals(List.of(waitingNotice(out)), notices);
        } finally {
            over.set(true);
            releaser.join();
        }
    }

    @Test
    void aBuildWaitsForAFileLockHeldOutsideThisClass() throws IOException {
        Path out = temp.resolve("site");
        Path file = BuildLock.fileOf(out);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock other = channel.lock();
            assertThrows(BuildLock.Busy.class, () -> BuildLock.acquire(out, NONE, notices::add));
            assertEquals(List.of(waitingNotice(out)), notices, "told once");
            try (BuildLock next = BuildLock.acquire(out, Duration.ofMinutes(1), notice -> {
                notices.add(notice);
                try {
                    other.release();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })) {
                assertEquals(2, notices.size(), "told once more, then took the lock");
            }
        }
        try (BuildLock free = BuildLock.acquire(out, NONE, notices::add)) {
            assertEquals(2, notices.size(), "the failed attempts left nothing held");
        }
    }

    @Test
    void anInterruptedWaitGivesUpAndKeepsTheInterrupt() {
        Path out = temp.resolve("site");
        try (BuildLock held = BuildLock.acquire(out, NONE, notices::add)) {
            Thread.currentThread().interrupt();
            assertThrows(BuildLock.Busy.class, () -> BuildLock.acquire(out, Duration.ofMinutes(1), notices::add));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }
    }

    @Test
    void anInterruptWhileAFileLockIsHeldElsewhereGivesUpAndFreesTheTurn() throws IOException {
        Path out = temp.resolve("site");
        try (FileChannel channel = FileChannel.open(BuildLock.fileOf(out), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock other = channel.lock()) {
            Thread.currentThread().interrupt();
            assertThrows(BuildLock.Busy.class, () -> BuildLock.acquire(out, Duration.ofMinutes(1), notices::add));
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }
        try (BuildLock free = BuildLock.acquire(out, NONE, notices::add)) {
            assertEquals(1, notices.size());
        }
    }

    @Test
    void aLockFileThatIsAFolderOrALinkIsRefusedAndNothingIsHeld() throws Exception {
        Path out = temp.resolve("site");
        Path file = BuildLock.fileOf(out);
        Files.createDirectory(file);
        assertEquals("the lock file " + file + " is a folder, so this build cannot take the lock and wrote nothing;"
                + " remove it and build again",
                assertThrows(BuildLock.Unusable.class, () -> BuildLock.acquire(out, NONE, notices::add)).getMessage());
        Files.delete(file);

        Path elsewhere = temp.resolve("elsewhere.txt");
        Files.createSymbolicLink(file, elsewhere);
        assertEquals("the lock file " + file + " is a symbolic link, so this build cannot take the lock and wrote"
                + " nothing; remove it and build again",
                assertThrows(BuildLock.Unusable.class, () -> BuildLock.acquire(out, NONE, notices::add)).getMessage());
        assertFalse(Files.exists(elsewhere), "not created through the link");
        Files.delete(file);

        assertEquals(0, new ProcessBuilder("mkfifo", file.toString()).start().waitFor());
        assertEquals("the lock file " + file + " is not a regular file (a pipe or device), so this build cannot take"
                + " the lock and wrote nothing; remove it and build again",
                assertThrows(BuildLock.Unusable.class, () -> BuildLock.acquire(out, NONE, notices::add)).getMessage());
        Files.delete(file);

        try (BuildLock free = BuildLock.acquire(out, NONE, notices::add)) {
            assertEquals(List.of(), notices, "each refusal gave its turn back");
        }
    }

    @Test
    void aLockFileThatCannotBeCreatedIsAnIoFailureAndNothingIsHeld() throws IOException {
        Path blocker = Files.writeString(temp.resolve("file"), "not a folder");
        Path out = blocker.resolve("site");
        assertThrows(java.io.UncheckedIOException.class, () -> BuildLock.acquire(out, NONE, notices::add));
        Files.delete(blocker);
        try (BuildLock free = BuildLock.acquire(out, NONE, notices::add)) {
            assertEquals(List.of(), notices);
        }
    }

    @Test
    void aSwapRunsItsRenames() {
        boolean[] ran = {false};
        BuildLock.swap(() -> ran[0] = true);
        assertTrue(ran[0]);
    }
}
