package dossier.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dossier.io.AtomicFiles;
import dossier.io.Jackson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * What each commit did to the dossier's pages ({@link CommitRecord}), by commit id,
 * kept beside a site on disk as {@code .<site>.history}, or in memory for {@code serve}. A commit id
 * names its whole ancestry, so a record never goes stale; one written by other generator code is
 * not read.
 */
public final class HistoryCache {
    private static final ObjectReader STORED = Jackson.JSON_READER.forType(Stored.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The file's shape: the generator that wrote it and its records. */
    record Stored(String generator, Map<String, CommitRecord> commits) {}

    private final Map<String, CommitRecord> previous;
    private final Map<String, CommitRecord> current = new ConcurrentHashMap<>();
    private final Consumer<Map<String, CommitRecord>> store;

    public HistoryCache(Map<String, CommitRecord> previous,
                 Consumer<Map<String, CommitRecord>> store) {
        this.previous = Map.copyOf(previous);
        this.store = store;
    }

    public static HistoryCache beside(Path site, String generator) {
        Path file = site.resolveSibling("." + site.getFileName() + ".history");
        Map<String, CommitRecord> previous = Map.of();
        // Like the render cache: only a regular file is read, and an unreadable one costs a full walk.
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Stored stored = STORED.readValue(file.toFile());
                if (stored != null && generator.equals(stored.generator()) && stored.commits() != null) {
                    previous = stored.commits();
                }
            } catch (IOException | RuntimeException e) {
                previous = Map.of();
            }
        }
        return new HistoryCache(previous, records -> write(file, new Stored(generator, records)));
    }

    public Optional<CommitRecord> get(String commit) {
        return Optional.ofNullable(previous.get(commit));
    }

    /** Keeps the record of a commit on the current line for the next build. */
    public void put(String commit, CommitRecord record) {
        current.put(commit, record);
    }

    /**
     * Saves the records of the commits this build walked; those of a rewritten history are dropped.
     * When the build walked exactly the commits it found, the file is left as it is.
     */
    public void save() {
        if (!current.equals(previous)) {
            store.accept(new TreeMap<>(current));
        }
    }

    private static void write(Path file, Stored stored) {
        if (!AtomicFiles.replaceable(file)) {
            return;
        }
        try {
            AtomicFiles.replace(file, Jackson.JSON_WRITER.writeValueAsString(stored));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
