package dossier.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a server serves, by their path relative to the site root ("about/index.html"): a
 * built site on disk, or the in-memory site of {@code serve}. Paths come here already normalised
 * and inside the site.
 */
public interface ServedFiles {
    Optional<byte[]> read(String relative);

    /** True when the path names a folder of the site ("" is the root). */
    boolean isFolder(String relative);

    /** The files of a folder. */
    static ServedFiles folder(Path root) {
        Path site = root.toAbsolutePath().normalize();
        return new ServedFiles() {
            @Override
            public Optional<byte[]> read(String relative) {
                Path file = site.resolve(relative);
                try {
                    return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
                } catch (IOException e) {
                    return Optional.empty();
                }
            }

            @Override
            public boolean isFolder(String relative) {
                return Files.isDirectory(site.resolve(relative));
            }
        };
    }
}
