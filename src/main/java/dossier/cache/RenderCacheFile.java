package dossier.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dossier.io.AtomicFiles;
import dossier.io.Jackson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The render cache on disk: a first line naming the format, then one JSON object a line, by site
 * path, with the page's fingerprint and what is kept of it. Each line stands alone, so one missing
 * only costs that page a render; a file that is not exactly this format (an older cache, a cut or
 * edited one) is read as no cache at all, which costs a full render and never a wrong site.
 */
final class RenderCacheFile {
    /** Changed whenever the lines change shape: a cache of another shape is not read. */
    static final String FORMAT = "{\"dossier\":\"render cache\",\"format\":2}";
    private static final ObjectReader LINE = Jackson.JSON_READER.forType(Line.class)
            .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** One line of the file; a version or history page has no {@code page}. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Line(String path, String fingerprint, KeptPage page) {}

    private final Path file;

    RenderCacheFile(Path file) {
        this.file = file;
    }

    /** The entries of the last build that wrote into {@code site}; none when it is not exactly readable. */
    Map<String, RenderCache.Entry> read(Path site) {
        // The cache may sit in the dossier (.site.cache), where a pull request can put a link or a folder:
        // only a regular file is read, anything else counts as no cache, and only a file or link is replaced.
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !Files.isDirectory(site)) {
            return Map.of();
        }
        List<String> texts;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!FORMAT.equals(reader.readLine())) {
                return Map.of();
            }
            texts = reader.lines().toList();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // an unreadable cache only costs a full render
        }
        // The lines are parsed on every core: 40,000 pages' lines took a second on one.
        List<Line> lines = texts.parallelStream().map(RenderCacheFile::line).flatMap(Optional::stream).toList();
        if (lines.size() != texts.size()) {
            return Map.of(); // a line that is not as it was written
        }
        Map<String, RenderCache.Entry> entries = new HashMap<>();
        lines.forEach(line -> entries.put(line.path(), new RenderCache.Entry(line.fingerprint(), line.page())));
        return entries;
    }

    private static String written(Map.Entry<String, RenderCache.Entry> entry) {
        try {
            return Jackson.JSON_WRITER.writeValueAsString(new Line(entry.getKey(), entry.getValue().fingerprint(),
                    entry.getValue().page()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line as it was written, or empty when it is not. */
    private static Optional<Line> line(String text) {
        try {
            Line line = LINE.readValue(text);
            return line == null || line.path() == null || line.fingerprint() == null
                    || (line.page() != null && !line.page().whole()) ? Optional.empty() : Optional.of(line);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces the file with these entries, sorted by path: the same build writes the same bytes. */
    public void write(Map<String, RenderCache.Entry> entries) {
        if (!AtomicFiles.replaceable(file)) {
            return; // a folder or pipe of that name: the next build renders everything, which is always right
        }
        StringBuilder text = new StringBuilder(FORMAT).append('\n');
        // Written on every core, in the order of the paths.
        new TreeMap<>(entries).entrySet().parallelStream().map(RenderCacheFile::written).toList()
                .forEach(line -> text.append(line).append('\n'));
        try {
            AtomicFiles.replace(file, text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
