package dossier.problem;

import java.util.Arrays;

/** Where each line of a text starts, to turn a character offset into a line and a column. */
public final class LineStarts {
    private final int[] starts;

    public LineStarts(String text) {
        int[] found = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i + 1;
        }
        starts = Arrays.copyOf(found, count);
    }

    /** The 0-based line of an offset. */
    public int lineOf(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 2;
    }

    /** The 1-based column of an offset. */
    public int columnOf(int offset) {
        return offset - starts[lineOf(offset)] + 1;
    }
}
