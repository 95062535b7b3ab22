package dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that writes without end, or one huge value, is an error at the template, not an OutOfMemoryError. */
@Tag("slow") // fills memory until the build stops it: left out of the mutation profile
class OverflowTemplateTest {
    private static final String PROBLEM = "templates/page.ftlh:1:1: this template writes more than 20000000 characters"
            + " for one page; look for a #list over a huge range or a ?left_pad, ?right_pad or similar with a huge width";

    @TempDir
    Path temp;

    @Test
    void aHugeLoopIsAnErrorAtTheTemplate() throws IOException {
        assertTemplateFails("<#list 1..2000000000 as i>${i}</#list>\n");
    }

    @Test
    void aHugePaddingIsAnErrorAtTheTemplate() throws IOException {
        assertTemplateFails("${\"x\"?left_pad(2000000000)}\n");
    }

    private void assertTemplateFails(String template) throws IOException {
        Path root = temp.resolve("root");
        SiteFiles.copyTree(SiteFiles.fixture("minimal"), root);
        Files.writeString(root.resolve("templates/page.ftlh"), template);
        BuildRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> BuildRun.build(root, temp.resolve("site")));
        assertEquals(1, run.exitCode(), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("Error"), run.err());
        List<String> problems = run.problems();
        assertFalse(problems.isEmpty());
        problems.forEach(problem -> assertEquals(PROBLEM, problem));
    }
}
