package dossier.site;

import dossier.io.RealPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a site may be written. A build replaces its output folder whole and the next one deletes
 * what it replaced, so the folder must never be the dossier, hold it, or lie among its sources.
 * Paths are compared by their real paths: a link to the dossier is the dossier.
 */
public final class OutputLocation {
    /** The dossier's own folders; {@code <root>/site}, the default output, is not one of them. */
    static final List<String> SOURCES = List.of("content", "templates", "src", ".git", ".github", ".ci");

    private static final String CONSEQUENCE = "a build would replace the dossier's own files (the output folder"
            + " is moved aside and the next build deletes it); choose an empty or build folder, for example ";

    private OutputLocation() {}

    /** Why {@code out} must not receive the site of the dossier at {@code root}; empty when it may. */
    public static Optional<String> refusal(Path root, Path out) {
        Path realRoot = RealPaths.of(root);
        Path realOut = RealPaths.of(out);
        String shown = "--out " + out + (realOut.equals(out.toAbsolutePath().normalize()) ? "" : " (" + realOut + ")");
        if (realRoot.startsWith(realOut)) {
            return Optional.of(shown + (realOut.equals(realRoot) ? " is" : " holds") + " the dossier " + root
                    + ": " + CONSEQUENCE + root.resolve("site"));
        }
        for (String source : SOURCES) {
            if (realOut.startsWith(realRoot.resolve(source))) {
                return Optional.of(shown + " is inside the dossier's " + source + "/ folder: " + CONSEQUENCE
                        + root.resolve("site"));
            }
        }
        if (Files.isRegularFile(realOut)) {
            return Optional.of(shown + " is a file; name a folder");
        }
        return Optional.empty();
    }
}
