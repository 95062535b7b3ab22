package dossier.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fingerprint each page had when it was last written, kept beside the site as
 * {@code .<site>.cache}. A page whose fingerprint has not changed is taken from the previous site
 * instead of being rendered again; the output is the same bytes either way.
 */
final class RenderCache {
    private final Path file;
    private final Map<String, String> previous;
    private final Map<String, String> current = new ConcurrentHashMap<>();

    private RenderCache(Path file, Map<String, String> previous) {
        this.file = file;
        this.previous = previous;
    }

    static RenderCache beside(Path site) {
        Path file = site.resolveSibling("." + site.getFileName() + ".cache");
        Map<String, String> previous = new TreeMap<>();
        if (Files.isRegularFile(file) && Files.isDirectory(site)) {
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
        return new RenderCache(file, previous);
    }

    /** True when the page was written last time with this fingerprint. */
    boolean unchanged(String sitePath, String fingerprint) {
        return fingerprint.equals(previous.get(sitePath));
    }

    void record(String sitePath, String fingerprint) {
        current.put(sitePath, fingerprint);
    }

    /** Saves the fingerprints of the build that was just committed. */
    void save() {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(current).forEach((path, fingerprint) -> text.append(path).append('\t').append(fingerprint)
                .append('\n'));
        try {
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
