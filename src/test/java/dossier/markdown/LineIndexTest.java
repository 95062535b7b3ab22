package dossier.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines and columns of the parsed text are those of the file, also where chart tokens were put in. */
class LineIndexTest {
    @Test
    void offsetsBecomeLinesAndColumns() {
        LineIndex lines = new LineIndex("ab\ncd\n");
        assertEquals(0, lines.lineOf(1));
        assertEquals(2, lines.columnOf(1));
        assertEquals(1, lines.lineOf(3));
        assertEquals(1, lines.columnOf(3));
    }

    @Test
    void aTokenWithABlankLineOnEachSideStandsOnTheLineOfItsDirective() {
        // The file "a\n{{< chart x >}}\nb\n{{< chart y >}}\nc\n" became this text: each directive a token
        // with a blank line before and after it.
        String text = "a\n\nT0\n\nb\n\nT1\n\nc\n";
        LineIndex lines = new LineIndex(text).withInsertedLines(List.of(2, 6));
        int[] expected = {0, 1, 1, 1, 2, 3, 3, 3, 4};
        int offset = 0;
        for (int line = 0; line < expected.length; line++) {
            assertEquals(expected[line], lines.lineOf(offset), "line " + line + " of the text");
            offset = text.indexOf('\n', offset) + 1;
        }
        assertEquals(2, lines.columnOf(text.indexOf("T1") + 1));
    }
}
