package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a build reads comes through a symbolic link out of its folder: the configuration, the
 * ledger and schemas only from {@code content/}, templates only from {@code templates/}. Each such
 * link is one error at the link, and nothing of the file it leads to shows up anywhere.
 */
class LinkedFilesReadTest {
    private static final String SECRET = "do-not-read-me";

    @TempDir
    Path temp;

    private Path dossier() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("records"), root);
        return root;
    }

    private static String outside(Path shown, Path real, String folder) throws IOException {
        return shown + ":1:1: this path leads outside " + folder + " through a symbolic link, to " + real.toRealPath()
                + ", so the build neither reads nor writes it; replace the link by the file itself, inside " + folder;
    }

    private BuildRun build(Path root) {
        return BuildRun.build(root, temp.resolve("site"));
    }

    @Test
    void aSchemaLinkedOutOfContentIsAnError() throws IOException {
        Path root = dossier();
        Path schema = root.resolve("content/schemas/events.schema.json");
        Path elsewhere = Files.writeString(temp.resolve("outside-schema.json"),
                Files.readString(schema).replace("\"title\"", "\"" + SECRET + "\""));
        Files.delete(schema);
        Files.createSymbolicLink(schema, elsewhere);

        BuildRun run = build(root);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.problems().contains(outside(Path.of("content/schemas/events.schema.json"), elsewhere,
                "content/")), run.err());
        assertFalse(run.err().contains(SECRET), run.err());
    }

    @Test
    void aSchemasFolderLinkedOutOfContentIsAnErrorForEachSchema() throws IOException {
        Path root = dossier();
        Path elsewhere = temp.resolve("outschemas");
        SiteFiles.copyTree(root.resolve("content/schemas"), elsewhere);
        dossier.io.Folders.deleteTree(root.resolve("content/schemas"));
        Files.createSymbolicLink(root.resolve("content/schemas"), elsewhere);

        BuildRun run = build(root);

        assertEquals(1, run.exitCode(), run.err());
        for (String name : List.of("events", "places")) {
            assertTrue(run.problems().contains(outside(Path.of("content/schemas/" + name + ".schema.json"),
                    elsewhere.resolve(name + ".schema.json"), "content/")), run.err());
        }
    }

    @Test
    void aConfigurationLinkedOutOfContentIsNotRead() throws IOException {
        Path root = dossier();
        Path config = root.resolve("content/dossier.yaml");
        Path elsewhere = Files.writeString(temp.resolve("outside.yaml"),
                Files.readString(config).replaceFirst("title: .*", "title: " + SECRET));
        Files.delete(config);
        Files.createSymbolicLink(config, elsewhere);

        BuildRun run = build(root);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(outside(Path.of("content/dossier.yaml"), elsewhere, "content/")), run.problems());
        assertFalse(Files.exists(temp.resolve("site")), "a site was written");
    }

    @Test
    void aLedgerLinkedOutOfContentIsNotRead() throws IOException {
        Path root = dossier();
        Path elsewhere = Files.writeString(temp.resolve("outside-ledger.txt"), "/" + SECRET + "/\n");
        Files.createSymbolicLink(root.resolve("content/published-urls.txt"), elsewhere);

        BuildRun run = build(root);

        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.problems().contains(outside(Path.of("content/published-urls.txt"), elsewhere, "content/")),
                run.err());
        assertFalse(run.err().contains("/" + SECRET + "/ is no longer produced"), run.err());
    }

    @Test
    void aTemplateOrTemplateFolderLinkedOutOfTemplatesIsAnErrorAtTheLink() throws IOException {
        Path root = dossier();
        Files.createDirectories(root.resolve("templates"));
        Path template = Files.writeString(temp.resolve("outside.ftlh"), "<p>" + SECRET + "</p>\n");
        Files.deleteIfExists(root.resolve("templates/record.ftlh"));
        Files.createSymbolicLink(root.resolve("templates/record.ftlh"), template);
        Path partials = Files.createDirectories(temp.resolve("outside-partials"));
        Files.writeString(partials.resolve("head.ftlh"), SECRET);
        Files.createSymbolicLink(root.resolve("templates/partials"), partials);

        BuildRun run = build(root);

        assertEquals(1, run.exitCode(), run.err());
        assertEquals(List.of(outside(Path.of("templates/partials"), partials, "templates/"),
                outside(Path.of("templates/record.ftlh"), template, "templates/")), run.problems());
        assertFalse(Files.exists(temp.resolve("site")), "a site was written");
    }
}
