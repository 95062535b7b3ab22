package dossier.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.problem.Problem;
import dossier.problem.Problems;
import dossier.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loader used for many builds ({@code serve}) reads the config again only when its file changed. */
class RememberedConfigTest {
    private final ConfigLoader loader = new ConfigLoader(new YamlReader());

    @TempDir
    Path root;

    @Test
    void anUnchangedConfigIsReadOnceAndItsWarningsAreSaidEveryBuild() throws IOException {
        write("title: First\nbaseUrl: https://example.org/\nlicense: Home-made\n", 1);
        Problems first = new Problems();
        Problems second = new Problems();
        SiteConfig read = loader.load(root, first).orElseThrow();
        assertSame(read, loader.load(root, second).orElseThrow());
        assertEquals(1, first.warnings().size());
        assertEquals(first.warnings(), second.warnings());
    }

    @Test
    void anEditedConfigIsReadAgain() throws IOException {
        write("title: First\nbaseUrl: https://example.org/\n", 1);
        SiteConfig first = loader.load(root, new Problems()).orElseThrow();
        write("title: Second\nbaseUrl: https://example.org/\n", 2);
        SiteConfig second = loader.load(root, new Problems()).orElseThrow();
        assertNotSame(first, second);
        assertEquals("Second", second.title());
    }

    @Test
    void aConfigWithErrorsIsReportedEveryBuildUntilMended() throws IOException {
        write("title: First\n", 1);
        for (int build = 0; build < 2; build++) {
            Problems problems = new Problems();
            Optional<SiteConfig> none = loader.load(root, problems);
            assertTrue(none.isEmpty());
            List<String> files = problems.sorted().stream().map(Problem::file).distinct().toList();
            assertEquals(List.of(ConfigLoader.CONFIG_FILE), files);
        }
        write("title: First\nbaseUrl: https://example.org/\n", 2);
        assertEquals("First", loader.load(root, new Problems()).orElseThrow().title());
    }

    /** Written with a time in the past, as a file saved before the build began. */
    private void write(String text, int minutesAgo) throws IOException {
        Path file = root.resolve(ConfigLoader.CONFIG_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60L * minutesAgo)));
    }
}
