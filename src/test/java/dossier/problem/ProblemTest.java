package dossier.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The error line a user reads: its exact form, its order among others, and the path it shows. */
class ProblemTest {

    @Test
    void anErrorLineIsFileLineColumnMessageAndHint() {
        assertEquals("content/a.md:3:7: the link names nothing; write ref:<collection>/<id>",
                new Problem("content/a.md", 3, 7, "the link names nothing", "write ref:<collection>/<id>").format());
        assertEquals("content/a.md:3:7: no hint", new Problem("content/a.md", 3, 7, "no hint", "").toString());
        assertEquals("content/a.md:3:7: no hint", new Problem("content/a.md", 3, 7, "no hint", null).format());
    }

    @Test
    void anUnknownLineOrColumnIsShownAsTheFirst() {
        assertEquals("f.yaml:1:1: m", new Problem("f.yaml", 0, 0, "m", "").format());
        assertEquals("f.yaml:4:1: m", new Problem("f.yaml", 4, 0, "m", "").format());
        assertEquals("f.yaml:1:9: m", new Problem("f.yaml", 0, 9, "m", "").format());
    }

    @Test
    void messagesAndHintsAreKeptOnOneLine() {
        Problem problem = new Problem("f", 1, 1, "  first\r\n   second\nthird  ", "do\n\nthis");
        assertEquals("first second third", problem.message());
        assertEquals("do this", problem.hint());
        assertEquals("f:1:1: first second third; do this", problem.format());
    }

    @Test
    void aProblemAtAPositionOrInAWholeFile() {
        assertEquals(new Problem("f.yaml", 4, 11, "m", "h"), Problem.at(new Position("f.yaml", 4, 11), "m", "h"));
        assertEquals(new Problem("f.yaml", 1, 1, "m", "h"), Problem.inFile("f.yaml", "m", "h"));
        assertEquals(new Position("f.yaml", 1, 1), Position.start("f.yaml"));
    }

    @Test
    void problemsAreReportedByFileThenLineThenColumnThenMessageAndOnce() {
        Problems problems = new Problems();
        assertTrue(problems.isEmpty());
        problems.add(new Problem("b.yaml", 1, 1, "later file", ""));
        problems.addAll(List.of(
                new Problem("a.yaml", 2, 1, "second line", ""),
                new Problem("a.yaml", 1, 5, "b message", ""),
                new Problem("a.yaml", 1, 5, "a message", ""),
                new Problem("a.yaml", 1, 2, "earlier column", ""),
                new Problem("a.yaml", 10, 1, "tenth line", "")));
        problems.add(new Problem("a.yaml", 2, 1, "second line", ""));
        assertFalse(problems.isEmpty());
        assertEquals(List.of(
                "a.yaml:1:2: earlier column",
                "a.yaml:1:5: a message",
                "a.yaml:1:5: b message",
                "a.yaml:2:1: second line",
                "a.yaml:10:1: tenth line",
                "b.yaml:1:1: later file"), problems.sorted().stream().map(Problem::format).toList());
    }

    @Test
    void pathsAreShownRelativeToTheRootWithForwardSlashes() {
        Path root = Path.of("/work/dossier");
        assertEquals("content/items/a.yaml", Problem.display(root, root.resolve("content/items/a.yaml")));
        assertEquals("/elsewhere/a.yaml", Problem.display(root, Path.of("/elsewhere/a.yaml")));
        assertEquals("content/a.md", Problem.display(root, Path.of("content/a.md")));
    }
}
