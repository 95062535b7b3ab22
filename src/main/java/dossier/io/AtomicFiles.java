package dossier.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file the way nothing planted there can redirect: the text goes into a new temporary
 * file beside it, which is then renamed over it. A rename replaces a symbolic link instead of
 * writing through it, and readers never see half a file.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** True when {@code file} may be replaced: nothing is there yet, or a regular file or a link is. */
    public static boolean replaceable(Path file) {
        return !Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                || Files.isSymbolicLink(file);
    }

    /** Puts {@code text} at {@code file}, replacing what is there (a link itself, not its target). */
    public static void replace(Path file, String text) throws IOException {
        move(file, text, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Puts {@code text} at {@code file}, failing when anything, even a link to nothing, is there already. */
    public static void create(Path file, String text) throws IOException {
        move(file, text);
    }

    private static void move(Path file, String text, StandardCopyOption... replace) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            if (replace.length == 0) {
                Files.move(temporary, file); // throws when anything, a link included, is there
            } else {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
