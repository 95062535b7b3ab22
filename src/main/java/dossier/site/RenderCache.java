package dossier.site;

import dossier.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The fingerprint each page had when it was last written, kept beside a site on disk as
 * {@code .<site>.cache}, or in memory for {@code serve}. A page whose fingerprint has not changed
 * is taken from the previous site
 * instead of being rendered again; the output is the same bytes either way.
 */
final class RenderCache {
    private final Map<String, String> previous;
    private final Consumer<Map<String, String>> store;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    /**
     * @param previous the fingerprints of the current site's pages
     * @param store    keeps the fingerprints of a committed build for the next one
     */
    RenderCache(Map<String, String> previous, Consumer<Map<String, String>> store) {
        this.previous = previous;
        this.store = store;
    }

    static RenderCache beside(Path site) {
        Path file = site.resolveSibling("." + site.getFileName() + ".cache");
        Map<String, String> previous = new TreeMap<>();
        // The cache may sit in the dossier (.site.cache), where a pull request can put a link or a folder:
        // only a regular file is read, anything else counts as no cache, and only a file or link is replaced.
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(site)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        previous.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                previous.clear(); // an unreadable cache only costs a full render
            }
        }
        return new RenderCache(previous, saved -> write(file, saved));
    }

    /** True when the page was written last time with this fingerprint. */
    boolean unchanged(String sitePath, String fingerprint) {
        return fingerprint.equals(previous.get(sitePath));
    }

    void record(String sitePath, String fingerprint) {
        current.put(sitePath, fingerprint);
    }

    /**
     * Empties the saved fingerprints before the site is swapped: a build stopped between the swap
     * and {@link #save} must not leave fingerprints that describe the replaced site (the next build
     * then renders everything, which is always right).
     */
    void forget() {
        store.accept(Map.of());
    }

    /** Saves the fingerprints of the build that was just committed. */
    void save() {
        store.accept(Map.copyOf(current));
    }

    private static void write(Path file, Map<String, String> fingerprints) {
        if (!AtomicFiles.replaceable(file)) {
            return; // a folder or pipe of that name: the next build renders everything, which is always right
        }
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fingerprints).forEach((path, fingerprint) -> text.append(path).append('\t').append(fingerprint)
                .append('\n'));
        try {
            AtomicFiles.replace(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
