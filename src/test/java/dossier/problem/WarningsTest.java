package dossier.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Warnings are kept apart from errors, sorted and shown once, each line marked "warning:". */
class WarningsTest {
    @Test
    void aWarningLineSaysWarning() {
        assertEquals("content/a.md:3:2: warning: a link leads outside content/; replace it by the file",
                new Problem("content/a.md", 3, 2, "a link leads outside content/", "replace it by the file")
                        .formatAsWarning());
        assertEquals("content/a.md:1:1: warning: skipped", new Problem("content/a.md", 0, 0, "skipped", "")
                .formatAsWarning(), "no hint, no semicolon");
    }

    @Test
    void warningsAreSortedShownOnceAndAreNoErrors() {
        Problems problems = new Problems();
        Problem later = Problem.inFile("content/b.md", "skipped", "");
        Problem earlier = new Problem("content/a.md", 2, 1, "skipped", "");
        problems.warn(later);
        problems.warn(earlier);
        problems.warn(later);
        assertEquals(List.of(earlier, later), problems.warnings());
        assertTrue(problems.isEmpty(), "a warning does not fail the build");
        assertEquals(List.of(), problems.sorted());
    }
}
