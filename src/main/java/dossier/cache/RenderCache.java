package dossier.cache;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The fingerprint each page had when it was last written, with what a later build needs to take it
 * unchanged ({@link KeptPage}); kept beside a site on disk as {@code .<site>.cache}
 * ({@link RenderCacheFile}), or in memory for {@code serve}. A page whose fingerprint has not changed
 * is taken from the previous site instead of being rendered again; the output is the same bytes
 * either way.
 */
public final class RenderCache {
    /**
     * One page, version or history page as the build left it.
     *
     * @param page what the build keeps of a current page, or null for versions and history pages,
     *             which need nothing but their fingerprint to be kept
     */
    public record Entry(String fingerprint, KeptPage page) {}

    private final Map<String, Entry> previous;
    private final Consumer<Map<String, Entry>> store;
    private final Map<String, Entry> current = new ConcurrentHashMap<>();

    /**
     * @param previous the entries of the current site's pages
     * @param store    keeps the entries of a committed build for the next one
     */
    public RenderCache(Map<String, Entry> previous, Consumer<Map<String, Entry>> store) {
        this.previous = previous;
        this.store = store;
    }

    public static RenderCache beside(Path site) {
        RenderCacheFile file = new RenderCacheFile(site.resolveSibling("." + site.getFileName() + ".cache"));
        return new RenderCache(file.read(site), file::write);
    }

    /** True when the page was written last time with this fingerprint. */
    public boolean unchanged(String sitePath, String fingerprint) {
        Entry entry = previous.get(sitePath);
        return entry != null && fingerprint.equals(entry.fingerprint());
    }

    /** What the last build kept of the page, when it wrote the page with this fingerprint. */
    public Optional<KeptPage> kept(String sitePath, String fingerprint) {
        return unchanged(sitePath, fingerprint) ? Optional.ofNullable(previous.get(sitePath).page()) : Optional.empty();
    }

    /** Notes the fingerprint of a version or a history page. */
    public void record(String sitePath, String fingerprint) {
        current.put(sitePath, new Entry(fingerprint, null));
    }

    /** Notes the fingerprint of a current page, with what the next build needs to keep it. */
    public void record(String sitePath, String fingerprint, KeptPage page) {
        current.put(sitePath, new Entry(fingerprint, page));
    }

    /**
     * Empties the saved fingerprints before the site is swapped: a build stopped between the swap
     * and {@link #save} must not leave fingerprints that describe the replaced site (the next build
     * then renders everything, which is always right).
     */
    public void forget() {
        store.accept(Map.of());
    }

    /** Saves the entries of the build that was just committed. */
    public void save() {
        store.accept(Map.copyOf(current));
    }
}
