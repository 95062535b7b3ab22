package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dossier.problem.Problem;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Text the Markdown parser cannot read safely is one error at its place in the file (line and column,
 * also below a chart directive) and no HTML; text just within the bounds renders.
 */
class MarkdownGuardsTest {
    private static final String NESTED = "; flatten the quotes, lists, emphasis, links or HTML tags that stand "
            + "inside one another here";
    private static final String FENCE = ", which the Markdown parser cannot read in reasonable time; a code fence "
            + "needs three; write fewer, or put the characters after other text";
    private static final String WORD = "more than 2000 characters without a space, in a text with web addresses, "
            + "which the Markdown parser cannot link in reasonable time; break the run with spaces or line breaks, "
            + "or shorten the address";
    private static final String RECURSION = "this text makes the Markdown parser recurse too deeply near here; "
            + "break up the long tag, link or run of characters that starts here";

    private final MarkdownRenderer renderer = new MarkdownRenderer(name -> Optional.empty(),
            id -> Optional.of("<figure id=\"chart-" + id + "\"></figure>"));

    private List<String> errors(String markdown) {
        RenderedMarkdown rendered = renderer.render("content/p.md", markdown, 5);
        if (!rendered.problems().isEmpty()) {
            assertEquals("", rendered.html(), "nothing of a refused text is published");
        }
        return rendered.problems().stream().map(Problem::format).toList();
    }

    @Test
    void nestingPastAHundredLevelsIsAnErrorAtTheFirstLevelTooMany() {
        assertEquals(List.of(), errors("Intro.\n\n" + ">".repeat(100) + " deep\n"));
        assertEquals(List.of("content/p.md:7:101: Markdown nested 101 levels deep; at most 100 are allowed" + NESTED),
                errors("Intro.\n\n" + ">".repeat(101) + " deep\n"));
        assertEquals(List.of("content/p.md:6:101: Markdown nested 101 levels deep; at most 100 are allowed" + NESTED),
                errors("{{< chart trade >}}\n" + ">".repeat(101) + " deep\n"), "below a chart directive");
    }

    @Test
    void aLineOpeningWithMoreThanAHundredTildesOrBackticksIsAnErrorAtTheRun() {
        assertEquals(List.of(), errors("Intro.\n\n" + "~".repeat(100) + "\ncode\n" + "~".repeat(100) + "\n"));
        assertEquals(List.of("content/p.md:7:3: a line starts with more than 100 \"`\"" + FENCE),
                errors("Intro.\n\n  " + "`".repeat(101) + "x\n"));
        assertEquals(List.of("content/p.md:5:1: a line starts with more than 100 \"~\"" + FENCE),
                errors("~".repeat(101) + "\n"));
    }

    @Test
    void aLongWordIsAnErrorOnlyInATextWithWebAddresses() {
        String word = "a".repeat(2001);
        for (String address : new String[] {"https://example.org/", "www.example.org", "a@example.org"}) {
            assertEquals(List.of("content/p.md:6:3: " + WORD), errors("See " + address + "\n: " + word + "\n"), address);
        }
        for (String noAddress : new String[] {"Note: wide words", "[^x]: a note\n\nx[^x] w", "ww. a:/b"}) {
            RenderedMarkdown rendered = renderer.render("content/p.md", noAddress + "\n" + word + "\n", 5);
            assertEquals(List.of(), rendered.problems(), noAddress);
            assertTrue(rendered.html().contains(word), noAddress);
        }
        assertEquals(List.of(), errors("See https://example.org/\n" + "a".repeat(2000) + "\n"));
    }

    @Test
    void textThatMakesTheParserRecurseIsAnErrorAtItsLongestRun() throws InterruptedException {
        AtomicReference<List<String>> found = new AtomicReference<>();
        // A small stack, as a build's render threads have at most, and a run far longer than any stack holds make
        // the recursion certain however far the JIT has compiled the parser's expressions (2,500 characters
        // overflowed only while they ran interpreted).
        Thread thread = new Thread(null, () -> found.set(errors("Some text\n\n<" + "a".repeat(100_000) + ">\n")),
                "small-stack", 256 * 1024);
        thread.start();
        thread.join();
        assertEquals(List.of("content/p.md:7:1: " + RECURSION), found.get());
    }

    @Test
    void theLongestRunStartsAtItsFirstCharacter() {
        assertEquals(3, MarkdownRenderer.longestRunStart("ab cdef g"));
        assertEquals(0, MarkdownRenderer.longestRunStart("ab cd"), "the first of two as long");
        assertEquals(1, MarkdownRenderer.longestRunStart("\nabc"));
        assertEquals(0, MarkdownRenderer.longestRunStart(""));
        assertEquals(0, MarkdownRenderer.longestRunStart("  "));
    }
}
