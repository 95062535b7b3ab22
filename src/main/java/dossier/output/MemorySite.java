package dossier.output;

import dossier.cache.CommitRecord;
import dossier.cache.HistoryCache;
import dossier.cache.RenderCache;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A site kept in memory, for {@code serve}: a rebuild writes nothing to disk, and each good build
 * replaces the whole site at once, so a request sees either the old site or the new one. Like
 * {@code hugo server}, this takes the file system out of the time between a save and the reload.
 */
public final class MemorySite {
    private volatile NavigableMap<String, byte[]> files = new TreeMap<>();
    private volatile Map<String, RenderCache.Entry> pages = Map.of();
    private volatile Map<String, CommitRecord> history = Map.of();

    /** A file of the current site, by its path relative to the site root ("about/index.html"). */
    public Optional<byte[]> file(String relative) {
        return Optional.ofNullable(files.get(relative));
    }

    /** True when the current site has files below this folder ("" is the root). */
    public boolean isFolder(String relative) {
        String prefix = relative.isEmpty() || relative.endsWith("/") ? relative : relative + "/";
        String next = files.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    void publish(NavigableMap<String, byte[]> site) {
        files = site;
    }

    /** The fingerprints of the pages of the current site and what is kept of them, to skip what has not changed. */
    public RenderCache renderCache() {
        return new RenderCache(pages, saved -> pages = saved);
    }

    /** What each commit did to the pages, so that a rebuild walks the history without loading it. */
    public HistoryCache historyCache() {
        return new HistoryCache(history, saved -> history = saved);
    }
}
