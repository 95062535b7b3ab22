package dossier.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Offsets to lines and columns, as every Markdown error position is computed. */
class LineStartsTest {

    @Test
    void offsetsBecomeLinesAndColumns() {
        LineStarts starts = new LineStarts("ab\ncd\n\nef");
        assertEquals(0, starts.lineOf(0));
        assertEquals(1, starts.columnOf(0));
        assertEquals(0, starts.lineOf(2), "the line end belongs to its line");
        assertEquals(3, starts.columnOf(2));
        assertEquals(1, starts.lineOf(3));
        assertEquals(1, starts.columnOf(3));
        assertEquals(2, starts.columnOf(4));
        assertEquals(2, starts.lineOf(6));
        assertEquals(3, starts.lineOf(7));
        assertEquals(2, starts.columnOf(8));
    }

    @Test
    void aTextThatStartsWithABlankLineCountsIt() {
        LineStarts starts = new LineStarts("\n\nthird");
        assertEquals(0, starts.lineOf(0));
        assertEquals(1, starts.lineOf(1));
        assertEquals(2, starts.lineOf(2));
        assertEquals(3, starts.columnOf(4));
    }

    @Test
    void aLongTextKeepsEveryLine() {
        LineStarts starts = new LineStarts("x\n".repeat(200) + "last");
        assertEquals(64, starts.lineOf(128));
        assertEquals(65, starts.lineOf(130));
        assertEquals(200, starts.lineOf(401));
        assertEquals(2, starts.columnOf(401));
    }
}
