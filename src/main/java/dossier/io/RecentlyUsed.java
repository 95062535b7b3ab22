package dossier.io;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps its most recently used entries, at most {@code capacity}: what {@code serve}
 * remembers between builds, bounded however long it runs. Not synchronized; its owner locks it.
 */
public final class RecentlyUsed<K, V> extends LinkedHashMap<K, V> {
    private final int capacity;

    public RecentlyUsed(int capacity) {
        super(64, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
