package dossier.markdown;

import java.util.Arrays;
import java.util.List;

/**
 * Turns character offsets into 0-based line numbers and 1-based columns. Where the renderer
 * inserted lines into the text (around chart directives), line numbers are those of the
 * original file.
 */
final class LineIndex {
    private final int[] starts;
    private final List<Integer> tokenLines;

    LineIndex(String text) {
        this(text, List.of());
    }

    private LineIndex(String text, List<Integer> tokenLines) {
        int[] found = new int[16];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i + 1;
        }
        starts = Arrays.copyOf(found, count);
        this.tokenLines = List.copyOf(tokenLines);
    }

    /** The same text, where each listed line holds a token with an inserted blank line on each side. */
    LineIndex withInsertedLines(List<Integer> tokenLinesInText) {
        LineIndex shifted = new LineIndex("", tokenLinesInText);
        return new LineIndex(starts, shifted.tokenLines);
    }

    private LineIndex(int[] starts, List<Integer> tokenLines) {
        this.starts = starts;
        this.tokenLines = tokenLines;
    }

    int lineOf(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        int line = index >= 0 ? index : -index - 2;
        int before = (int) tokenLines.stream().filter(token -> token < line).count();
        int same = tokenLines.contains(line) ? 1 : 0;
        return line - 2 * before - same;
    }

    int columnOf(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        int line = index >= 0 ? index : -index - 2;
        return offset - starts[line] + 1;
    }
}
