package dossier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMemoTest {
    @TempDir
    Path dir;

    private final AtomicInteger reads = new AtomicInteger();
    private final FileMemo<String> memo = new FileMemo<>();

    private String read(Path file) {
        reads.incrementAndGet();
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "unreadable";
        }
    }

    /** A file written a while ago, as content is when a build reads it. */
    private Path settled(String name, String text) throws IOException {
        Path file = Files.writeString(dir.resolve(name), text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    @Test
    void anUnchangedFileIsReadOnce() throws IOException {
        Path file = settled("a.md", "one");
        assertEquals("one", memo.get(file, this::read));
        assertEquals("one", memo.get(file, this::read));
        assertEquals(1, reads.get());
    }

    /** A one-off build's memo: every call makes the value, since nobody asks again. */
    @Test
    void aForgetfulMemoMakesTheValueEachTime() throws IOException {
        FileMemo<String> forgetful = new FileMemo<>(false);
        Path file = settled("a.md", "one");
        assertEquals("one", forgetful.get(file, this::read));
        assertEquals("one", forgetful.get(file, this::read));
        assertEquals("unreadable", forgetful.get(dir.resolve("missing.md"), this::read));
        assertEquals(3, reads.get());
    }

    @Test
    void aFileOfAnotherSizeOrTimeIsReadAgain() throws IOException {
        Path file = settled("a.md", "one");
        memo.get(file, this::read);
        settled("a.md", "three");
        assertEquals("three", memo.get(file, this::read));
        // Same size, another time: read again too.
        Files.writeString(file, "seven");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(30)));
        assertEquals("seven", memo.get(file, this::read));
        assertEquals(3, reads.get());
    }

    @Test
    void aFileReplacedByAnotherWithTheSameSizeAndTimeIsReadAgain() throws IOException {
        Path file = settled("a.md", "one");
        FileTime time = Files.getLastModifiedTime(file);
        memo.get(file, this::read);
        // An editor's save: a new file renamed over the old one, its time set back (as rsync -t would).
        Path fresh = settled("a.md.tmp", "two");
        Files.setLastModifiedTime(fresh, time);
        Files.move(fresh, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals("two", memo.get(file, this::read));
    }

    @Test
    void aFileModifiedJustBeforeItWasReadIsNotRemembered() throws IOException {
        // It could be written again within the same tick of the file system's clock, keeping its time.
        Path file = Files.writeString(dir.resolve("a.md"), "one");
        memo.get(file, this::read);
        memo.get(file, this::read);
        assertEquals(2, reads.get());
    }

    @Test
    void aValueItIsToldNotToKeepIsMadeAgain() throws IOException {
        Path file = settled("a.md", "broken");
        memo.get(file, this::read, value -> !value.equals("broken"));
        memo.get(file, this::read, value -> !value.equals("broken"));
        assertEquals(2, reads.get());
    }

    @Test
    void aFileThatIsGoneIsAskedForAgain() throws IOException {
        Path file = settled("a.md", "one");
        memo.get(file, this::read);
        Files.delete(file);
        assertEquals("unreadable", memo.get(file, this::read));
        assertEquals(2, reads.get());
    }
}
