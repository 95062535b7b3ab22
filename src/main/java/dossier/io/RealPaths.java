package dossier.io;

import dossier.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

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

    /**
     * Why a build must not read or write {@code file} of the dossier at {@code root}: its real path
     * (through a symbolic link of the file or of a folder above it) lies outside the real path of
     * {@code folder}. Empty when it stays inside, or when nothing is there yet and nothing above it
     * leads out. One rule for every file a build reads or writes by name (dossier.yaml, the ledger,
     * schemas, templates, the files {@code new} writes).
     */
    public static Optional<Problem> leavesFolder(Path root, Path file, Path folder) {
        Path real = of(file);
        Path realFolder = of(folder);
        if (real.startsWith(realFolder)) {
            return Optional.empty();
        }
        String shownFolder = Problem.display(root, folder) + "/";
        return Optional.of(Problem.inFile(Problem.display(root, file), "this path leads outside " + shownFolder
                + " through a symbolic link, to " + Problem.display(of(root), real) + ", so the build neither"
                + " reads nor writes it", "replace the link by the file itself, inside " + shownFolder));
    }
}
