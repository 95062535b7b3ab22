package dossier.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Real paths, symbolic links resolved, for comparing folders: two paths that look different can
 * name one folder ({@code /x/rootlink} and {@code /x/real}), and only their real paths tell.
 */
public final class RealPaths {
    private RealPaths() {}

    /**
     * The real path of a file or folder. One that does not exist yet (an output folder before the
     * first build) resolves through its nearest existing ancestor, the missing names appended:
     * they cannot be links, so appending them is exact.
     */
    public static Path of(Path path) {
        Path absolute = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path at = absolute; at != null; at = at.getParent()) {
            try {
                Path real = at.toRealPath();
                for (Path name : missing) {
                    real = real.resolve(name);
                }
                return real.normalize();
            } catch (IOException e) {
                missing.addFirst(at.getFileName() == null ? Path.of("") : at.getFileName());
            }
        }
        return absolute.normalize();
    }
}
