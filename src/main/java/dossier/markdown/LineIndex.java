package dossier.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns character offsets into 0-based line numbers and 1-based columns. */
final class LineIndex {
    private final int[] starts;

    LineIndex(String text) {
        List<Integer> found = new ArrayList<>();
        found.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                found.add(i + 1);
            }
        }
        starts = found.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineOf(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index : -index - 2;
    }

    int columnOf(int offset) {
        return offset - starts[lineOf(offset)] + 1;
    }
}
