package dossier.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.SiteFiles;
import dossier.config.ConfigLoader;
import dossier.config.SiteConfig;
import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.schema.BundledSchemas;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front matter field that nearly spells a built-in one ({@code darft: true} would publish a page
 * meant to be held back) is a warning at its key, on every load: {@code serve}'s remembered pages
 * say it too. A field of a template's own, far from every built-in name, is none.
 */
class MisspeltFrontMatterTest {
    private static final YamlReader YAML = new YamlReader();

    @TempDir
    Path temp;

    @Test
    void aNearMissIsAWarningOnEveryLoad() throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(Path.of("src/test/resources/sites/minimal"), root);
        Path page = root.resolve("content/secret.md");
        Files.writeString(page, "---\ntitle: Secret\nsubtitle: Own field\nDarft: true\nsumary: x\n---\nText.\n");
        // Old enough that serve's memo keeps it (a file saved within the last tenth of a second is read again).
        Files.setLastModifiedTime(page, FileTime.from(Instant.now().minusSeconds(60)));
        ContentLoader loader = new ContentLoader(YAML, new PageReader(YAML, BundledSchemas.frontMatter()),
                BundledSchemas.chart(), true);
        List<String> expected = List.of(
                "content/secret.md:4:1: warning: the front matter has no field \"Darft\", so it means nothing to the"
                        + " build (a template may still read it as page.params); did you mean \"draft\"? correct it; a"
                        + " field of your own needs a name further from \"draft\"",
                "content/secret.md:5:1: warning: the front matter has no field \"sumary\", so it means nothing to the"
                        + " build (a template may still read it as page.params); did you mean \"summary\"? correct it; a"
                        + " field of your own needs a name further from \"summary\"");
        for (int load = 1; load <= 2; load++) {
            Problems problems = new Problems();
            SiteConfig config = new ConfigLoader(YAML).load(root, problems).orElseThrow();
            Content content = loader.load(root, config, problems);
            assertTrue(problems.isEmpty(), problems.sorted().toString());
            assertEquals(expected, problems.warnings().stream().map(Problem::formatAsWarning).toList(), "load " + load);
            assertTrue(content.pages().stream().anyMatch(p -> p.file().equals("content/secret.md")
                    && !p.front().draft()), "the page is published: the misspelt field holds nothing back");
        }
    }
}
