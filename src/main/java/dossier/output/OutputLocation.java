package dossier.output;

import dossier.io.RealPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a site may be written. A build replaces its output folder whole and the next one deletes
 * what it replaced, so the folder must never be the dossier, hold it, or lie among its sources, nor
 * be a folder of other files ({@code --out ~/Documents}) or something else than a folder
 * ({@code --out /dev/null}). Paths are compared by their real paths: a link to the dossier is the dossier.
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
        if (Files.exists(realOut) && !Files.isDirectory(realOut)) {
            return Optional.of(shown + " is not a folder; name a folder");
        }
        Path existing = realOut;
        while (!Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (!Files.isDirectory(existing)) {
            return Optional.of(shown + " lies inside " + existing + ", which is not a folder; name a folder");
        }
        if (existing.equals(realOut) && !isEmpty(realOut) && !isEarlierSite(realOut)) {
            return Optional.of(shown + " holds files that are not a site this tool wrote, and a build replaces the"
                    + " folder whole; empty it, or choose an empty or build folder");
        }
        return Optional.empty();
    }

    /** A site an earlier build wrote: its render cache beside it, or the files every build writes. */
    private static boolean isEarlierSite(Path out) {
        return Files.isRegularFile(out.resolveSibling("." + out.getFileName() + ".cache"))
                || (Files.isRegularFile(out.resolve("sitemap.xml")) && Files.isRegularFile(out.resolve("404.html")));
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
