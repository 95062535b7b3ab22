package dossier.io;

import dossier.problem.Problem;
import dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files under a folder ({@code content/}, {@code templates/assets/}) that a build may read and
 * publish: regular files whose real path lies inside the folder. A symbolic link that leads out of
 * it ({@code content/x -> ../.env}) or to nothing, and anything that is no regular file, is skipped
 * with a warning; a link to a folder that contains the link is a loop, an error reported once, at
 * the link. Names starting with "." are left out, as editors and git keep their files there.
 */
public final class PublishableFiles {
    private PublishableFiles() {}

    /**
     * @param root   the dossier, for how paths are shown
     * @param folder the folder to list; nothing when it does not exist
     * @return the files, as paths through {@code folder} (links keep their own name), sorted
     */
    public static List<Path> under(Path root, Path folder, Problems problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String shownFolder = Problem.display(root, folder) + "/";
        List<Path> files = new ArrayList<>();
        try {
            Path realFolder = folder.toRealPath();
            Files.walkFileTree(folder, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new Visitor(root, RealPaths.of(root), folder, realFolder, shownFolder, files, problems));
        } catch (IOException e) {
            problems.add(Problem.inFile(shownFolder, "cannot list the folder: " + e.getMessage(),
                    "check the folder's permissions"));
            return List.of();
        }
        files.sort(null);
        return List.copyOf(files);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path realRoot;
        private final Path folder;
        private final Path realFolder;
        private final String shownFolder;
        private final List<Path> files;
        private final Problems problems;

        Visitor(Path root, Path realRoot, Path folder, Path realFolder, String shownFolder, List<Path> files,
                Problems problems) {
            this.root = root;
            this.realRoot = realRoot;
            this.folder = folder;
            this.realFolder = realFolder;
            this.shownFolder = shownFolder;
            this.files = files;
            this.problems = problems;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
            if (dir.equals(folder)) {
                return FileVisitResult.CONTINUE;
            }
            if (hidden(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (Files.isSymbolicLink(dir)) {
                Path real = dir.toRealPath();
                if (dir.getParent().toRealPath().startsWith(real)) {
                    problems.add(loop(dir));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                if (!real.startsWith(realFolder)) {
                    problems.warn(outside(dir, real));
                    return FileVisitResult.SKIP_SUBTREE;
                }
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (hidden(file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isSymbolicLink()) {
                // Following links, the walk shows a link with its own attributes only when its target is missing.
                problems.warn(Problem.inFile(shown(file), "this symbolic link leads to nothing, so it is not published",
                        "remove the link or restore its target"));
            } else if (!attrs.isRegularFile()) {
                problems.warn(Problem.inFile(shown(file), "this is not a regular file (a device, pipe or socket),"
                        + " so it is not published", "remove it from " + shownFolder));
            } else if (unwritableName(folder.relativize(file))) {
                // Shown as it is: Problem.display would turn the backslash into a slash.
                problems.add(Problem.inFile(shownFolder + folder.relativize(file), "this file's name holds a backslash or bytes that are not"
                        + " UTF-8, so it cannot be a URL", "rename it with letters, digits, '.', '_' and '-'"));
            } else if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realFolder)) {
                problems.warn(outside(file, file.toRealPath()));
            } else {
                files.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof FileSystemLoopException) {
                problems.add(loop(file));
            } else if (!hidden(file)) {
                problems.add(Problem.inFile(shown(file), "cannot read this file: " + e.getMessage(),
                        "check its permissions"));
            }
            return FileVisitResult.CONTINUE;
        }

        private Problem loop(Path link) {
            return Problem.inFile(shown(link), "this symbolic link leads back to a folder that contains it, a loop",
                    "remove the link, or point it at a file or folder inside " + shownFolder);
        }

        private Problem outside(Path link, Path real) {
            return Problem.inFile(shown(link), "this symbolic link leads outside " + shownFolder + ", to "
                    + Problem.display(realRoot, real) + ", so it is not published",
                    "copy the file into " + shownFolder + " if it belongs to the site");
        }

        private String shown(Path file) {
            return Problem.display(root, file);
        }

        /**
         * A backslash would turn into a folder separator in the URL and the output path; a name that is
         * not UTF-8 reads as U+FFFD, which names another file when written back.
         */
        private static boolean unwritableName(Path relative) {
            String text = relative.toString();
            return text.contains("\\") || !relative.getFileSystem().getPath(text).equals(relative);
        }

        private static boolean hidden(Path path) {
            return path.getFileName().toString().startsWith(".");
        }
    }
}
