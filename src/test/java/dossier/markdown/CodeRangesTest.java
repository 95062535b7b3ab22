package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CodeRangesTest {
    /** The characters of a text that are code, as a string of the same length: "c" code, "." not. */
    private static String map(String text) {
        CodeRanges code = CodeRanges.of(text);
        return IntStream.range(0, text.length()).mapToObj(i -> code.contains(i) ? "c" : ".")
                .reduce("", String::concat);
    }

    @Test
    void backtickSpansEndAtTheSameNumberOfBackticksWithinTheirParagraph() {
        assertEquals("..ccc..", map("a `b` c"));
        assertEquals("..ccccccccc..", map("a ``b ` c`` d"));
        assertEquals("............", map("a `b\n\nc` d e"));
        assertEquals("..........", map("a ``b` c d"));
    }

    @Test
    void fencesRunToTheirClosingFenceOfAtLeastTheirLengthOrToTheEnd() {
        String text = "a\n````\nx\n```\ny\n````\nb";
        String expected = ".." + "c".repeat(17) + "..";
        assertEquals(expected.length(), text.length());
        assertEquals(expected, map(text));
        assertEquals("..cccccc", map("a\n~~~\nx\n"));
        assertEquals(List.of(true, false), List.of(CodeRanges.of("```\nx\n```\ny").contains(0),
                CodeRanges.of("```\nx\n```\ny").contains(11)));
    }
}
