package dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small dossier of Markdown pages with a search index: {@code two.md} links a file under content/
 * and a heading of {@code three.md}, so a rebuild that keeps two.md unchanged can still find those
 * links broken.
 */
public final class MarkdownDossier {
    /** Where two.md writes its two links. */
    public static final String REPORT_LINK = "content/two.md:6:5";
    public static final String ANCHOR_LINK = "content/two.md:6:37";

    private MarkdownDossier() {}

    public static Path write(Path root) {
        try {
            Files.createDirectories(root.resolve("content/files"));
            Files.writeString(root.resolve("content/dossier.yaml"),
                    "title: Pages\nbaseUrl: https://example.org/\nsearch: true\n");
            Files.writeString(root.resolve("content/one.md"), "---\ntitle: One\n---\nSee [two](/two/).\n");
            Files.writeString(root.resolve("content/two.md"), "---\ntitle: Two\n---\nIntro.\n\n"
                    + "The [report](/files/report.txt) and [the later part](/three/#later).\n");
            Files.writeString(root.resolve("content/three.md"), "---\ntitle: Three\n---\n## Later\n\nText.\n");
            Files.writeString(root.resolve("content/files/report.txt"), "A report.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root;
    }

    /** Adds a line to a file of the dossier, as an author editing it would. */
    public static void append(Path root, String file, String line) {
        try {
            Files.writeString(root.resolve(file), Files.readString(root.resolve(file)) + line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
