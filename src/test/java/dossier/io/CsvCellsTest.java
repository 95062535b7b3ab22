package dossier.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a spreadsheet would run as a formula is made text; numbers and ordinary text stay as written. */
class CsvCellsTest {
    @Test
    void formulaStartsGetAQuote() {
        assertEquals("'=HYPERLINK(\"https://evil.example/\")", CsvCells.inert("=HYPERLINK(\"https://evil.example/\")"));
        assertEquals("'+cmd", CsvCells.inert("+cmd"));
        assertEquals("'-2+3", CsvCells.inert("-2+3"));
        assertEquals("'@SUM(A1)", CsvCells.inert("@SUM(A1)"));
        assertEquals("'\t=1", CsvCells.inert("\t=1"));
        assertEquals("'\r=1", CsvCells.inert("\r=1"));
        assertEquals("'-", CsvCells.inert("-"));
    }

    @Test
    void numbersAndTextStayAsWritten() {
        assertEquals("", CsvCells.inert(""));
        assertEquals("-12.5", CsvCells.inert("-12.5"));
        assertEquals("+3", CsvCells.inert("+3"));
        assertEquals("-.5", CsvCells.inert("-.5"));
        assertEquals("-1e6", CsvCells.inert("-1e6"));
        assertEquals("Kazakhstan", CsvCells.inert("Kazakhstan"));
        assertEquals("a=b", CsvCells.inert("a=b"));
    }
}
