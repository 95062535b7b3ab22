package dossier.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What was made from a file (its hash, its parsed page), remembered while the file's size,
 * modification time and identity stay as they were, as git's index remembers a file's hash. A
 * builder that lives for many builds ({@code serve}) then reads, hashes and parses only the files that
 * changed; a one-off build starts with an empty memo and gains nothing, and loses nothing.
 *
 * <p>A file modified shortly before it was read could be written again within the same tick of the
 * file system's clock, keeping its time; such a value is not remembered (git's "racy" entries).
 */
public final class FileMemo<T> {
    /** Longer than the coarsest tick of a Linux file system's timestamps (a jiffy, at most 10 ms). */
    private static final Duration RACY = Duration.ofMillis(100);

    private record Stamp(long size, Instant modified, Object identity) {}

    private record Entry<T>(Stamp stamp, T value) {}

    private final Map<Path, Entry<T>> entries = new ConcurrentHashMap<>();
    private final boolean remembering;

    public FileMemo() {
        this(true);
    }

    /**
     * @param remembering false for a one-off build's memo, which remembers nothing: it would only pay for
     *                    two reads of each file's attributes (40,000 pages: 160,000 calls), for a value
     *                    nobody asks for again
     */
    public FileMemo(boolean remembering) {
        this.remembering = remembering;
    }

    /**
     * The value remembered for {@code file} when it is unchanged since, else {@code make}'s value,
     * remembered when {@code keep} accepts it (a value with problems is made again next time).
     */
    public T get(Path file, Function<Path, T> make, java.util.function.Predicate<T> keep) {
        if (!remembering) {
            return make.apply(file);
        }
        Optional<Stamp> before = stamp(file);
        if (before.isEmpty()) {
            entries.remove(file);
            return make.apply(file);
        }
        Entry<T> known = entries.get(file);
        if (known != null && known.stamp().equals(before.get())) {
            return known.value();
        }
        Instant readAt = Instant.now();
        T value = make.apply(file);
        // Remembered only if the file did not change while it was read, and not just before.
        if (keep.test(value) && stamp(file).equals(before)
                && before.get().modified().isBefore(readAt.minus(RACY))) {
            entries.put(file, new Entry<>(before.get(), value));
        } else {
            entries.remove(file);
        }
        return value;
    }

    /** {@link #get(Path, Function, java.util.function.Predicate)} for values that are always good. */
    public T get(Path file, Function<Path, T> make) {
        return get(file, make, value -> true);
    }

    private static Optional<Stamp> stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new Stamp(attributes.size(), attributes.lastModifiedTime().toInstant(),
                    attributes.fileKey()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
