package dossier.output;

import dossier.content.SitePaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** One build of a {@link MemorySite}. */
public final class MemoryOutput implements SiteWriter {
    private final MemorySite site;
    private final Map<String, byte[]> written = new ConcurrentHashMap<>();

    public MemoryOutput(MemorySite site) {
        this.site = site;
    }

    @Override
    public boolean write(String relative, byte[] bytes) {
        return written.putIfAbsent(SitePaths.requireOutputFile(relative), bytes) == null;
    }

    @Override
    public boolean copy(String relative, Path source) {
        try {
            return write(relative, Files.readAllBytes(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasCurrent(String relative) {
        return site.file(relative).isPresent();
    }

    @Override
    public boolean keep(String relative) {
        Optional<byte[]> current = site.file(relative);
        current.ifPresent(bytes -> written.putIfAbsent(relative, bytes));
        return current.isPresent();
    }

    @Override
    public boolean has(String relative) {
        return written.containsKey(relative);
    }

    @Override
    public Set<String> files() {
        return new TreeSet<>(written.keySet());
    }

    @Override
    public void commit() {
        site.publish(new TreeMap<>(written));
    }

    @Override
    public void abandon() {
        written.clear();
    }
}
