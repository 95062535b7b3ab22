package dossier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dossier.problem.Problem;
import dossier.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which files of content/ a build publishes: regular files inside it. A link out of it is skipped
 * with a warning at the link, a loop is an error, and hidden files are nobody's business.
 */
class PublishableFilesTest {
    @TempDir
    Path temp;

    private final Problems problems = new Problems();

    private Path root() throws IOException {
        Path root = temp.resolve("root");
        Files.createDirectories(root.resolve("content"));
        return root;
    }

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private List<String> listed(Path root) {
        Path content = root.resolve("content");
        return PublishableFiles.under(root, content, problems).stream().map(file -> content.relativize(file).toString())
                .toList();
    }

    private List<String> errors() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    private List<String> warnings() {
        return problems.warnings().stream().map(Problem::format).toList();
    }

    @Test
    void aMissingFolderHasNoFiles() throws IOException {
        Path root = root();
        assertEquals(List.of(), PublishableFiles.under(root, root.resolve("templates/assets"), problems));
        Files.writeString(root.resolve("file"), "not a folder");
        assertEquals(List.of(), PublishableFiles.under(root, root.resolve("file"), problems));
        assertEquals(List.of(), errors());
        assertEquals(List.of(), warnings());
    }

    @Test
    void regularFilesAreListedSortedAndHiddenOnesLeftOut() throws IOException {
        Path root = root();
        write(root.resolve("content/b.md"), "b");
        write(root.resolve("content/a/z.md"), "z");
        write(root.resolve("content/a/c.md"), "c");
        write(root.resolve("content/.draft.md"), "hidden");
        write(root.resolve("content/.git/config"), "hidden");
        write(root.resolve("content/a/.swap"), "hidden");
        assertEquals(List.of("a/c.md", "a/z.md", "b.md"), listed(root));
        assertEquals(List.of(), errors());
        assertEquals(List.of(), warnings());
    }

    @Test
    void aFileLinkedOutOfTheFolderIsSkippedWithAWarning() throws IOException {
        Path root = root();
        Path secret = write(temp.resolve("secret.env"), "KEY=1");
        write(root.resolve("content/page.md"), "page");
        Files.createSymbolicLink(root.resolve("content/env.md"), secret);
        Files.createSymbolicLink(root.resolve("content/.hidden-link"), secret);
        assertEquals(List.of("page.md"), listed(root));
        assertEquals(List.of("content/env.md:1:1: this symbolic link leads outside content/, to " + secret.toRealPath()
                + ", so it is not published; copy the file into content/ if it belongs to the site"), warnings());
        assertEquals(List.of(), errors());
    }

    @Test
    void aFileLinkedToTheDossierOutsideTheFolderIsShownFromTheDossier() throws IOException {
        Path root = root();
        write(root.resolve("templates/page.ftlh"), "template");
        Files.createSymbolicLink(root.resolve("content/t.md"), root.resolve("templates/page.ftlh"));
        assertEquals(List.of(), listed(root));
        assertEquals(List.of("content/t.md:1:1: this symbolic link leads outside content/, to templates/page.ftlh,"
                + " so it is not published; copy the file into content/ if it belongs to the site"), warnings());
    }

    @Test
    void aLinkWithinTheFolderIsPublishedUnderItsOwnName() throws IOException {
        Path root = root();
        write(root.resolve("content/real/a.md"), "a");
        Files.createSymbolicLink(root.resolve("content/alias.md"), root.resolve("content/real/a.md"));
        Files.createSymbolicLink(root.resolve("content/also"), root.resolve("content/real"));
        assertEquals(List.of("alias.md", "also/a.md", "real/a.md"), listed(root));
        assertEquals(List.of(), errors());
        assertEquals(List.of(), warnings());
    }

    @Test
    void aFolderLinkedOutOfTheFolderIsSkippedWithOneWarning() throws IOException {
        Path root = root();
        write(temp.resolve("home/.ssh/id_rsa"), "private");
        write(temp.resolve("home/notes.md"), "notes");
        Files.createSymbolicLink(root.resolve("content/home"), temp.resolve("home"));
        Files.createSymbolicLink(root.resolve("content/.hidden-home"), temp.resolve("home"));
        assertEquals(List.of(), listed(root));
        assertEquals(List.of("content/home:1:1: this symbolic link leads outside content/, to "
                + temp.resolve("home").toRealPath() + ", so it is not published; copy the file into content/ if it"
                + " belongs to the site"), warnings());
        assertEquals(List.of(), errors());
    }

    @Test
    void aLinkToAFolderAboveItIsALoopReportedOnce() throws IOException {
        Path root = root();
        write(root.resolve("content/a/page.md"), "page");
        Files.createSymbolicLink(root.resolve("content/a/up"), root.resolve("content"));
        Files.createSymbolicLink(root.resolve("content/a/self"), root.resolve("content/a"));
        assertEquals(List.of("a/page.md"), listed(root));
        assertEquals(List.of(
                "content/a/self:1:1: this symbolic link leads back to a folder that contains it, a loop; remove the"
                        + " link, or point it at a file or folder inside content/",
                "content/a/up:1:1: this symbolic link leads back to a folder that contains it, a loop; remove the"
                        + " link, or point it at a file or folder inside content/"), errors());
        assertEquals(List.of(), warnings());
    }

    @Test
    void aLinkToTheDossierAboveTheFolderIsALoop() throws IOException {
        Path root = root();
        Files.createSymbolicLink(root.resolve("content/all"), root);
        assertEquals(List.of(), listed(root));
        assertEquals(List.of("content/all:1:1: this symbolic link leads back to a folder that contains it, a loop;"
                + " remove the link, or point it at a file or folder inside content/"), errors());
    }

    @Test
    void aLinkToNothingIsSkippedWithAWarning() throws IOException {
        Path root = root();
        Files.createSymbolicLink(root.resolve("content/gone.md"), root.resolve("content/missing.md"));
        Files.createSymbolicLink(root.resolve("content/.gone"), root.resolve("content/missing.md"));
        assertEquals(List.of(), listed(root));
        assertEquals(List.of("content/gone.md:1:1: this symbolic link leads to nothing, so it is not published;"
                + " remove the link or restore its target"), warnings());
        assertEquals(List.of(), errors());
    }

    @Test
    void aPipeIsSkippedWithAWarning() throws Exception {
        Path root = root();
        Path fifo = root.resolve("content/pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        assertEquals(List.of(), listed(root));
        assertEquals(List.of("content/pipe:1:1: this is not a regular file (a device, pipe or socket), so it is not"
                + " published; remove it from content/"), warnings());
        assertEquals(List.of(), errors());
    }

    @Test
    void aNameWithABackslashIsAnErrorShownAsItIs() throws IOException {
        Path root = root();
        write(root.resolve("content/a\\b.md"), "x");
        write(root.resolve("content/sub/c\\d.md"), "x");
        write(root.resolve("content/ok.md"), "x");
        assertEquals(List.of("ok.md"), listed(root));
        assertEquals(List.of(
                "content/a\\b.md:1:1: this file's name holds a backslash or bytes that are not UTF-8, so it cannot be"
                        + " a URL; rename it with letters, digits, '.', '_' and '-'",
                "content/sub/c\\d.md:1:1: this file's name holds a backslash or bytes that are not UTF-8, so it cannot"
                        + " be a URL; rename it with letters, digits, '.', '_' and '-'"), errors());
    }
}

