package dossier.markdown;

import dossier.problem.LineStarts;
import java.util.List;

/**
 * Turns character offsets of the text flexmark parsed into lines and columns of the file. Where
 * the renderer inserted lines into the text (around chart directives), line numbers are those of
 * the original file.
 */
final class LineIndex {
    private final LineStarts starts;
    private final List<Integer> tokenLines;

    LineIndex(String text) {
        this(new LineStarts(text), List.of());
    }

    private LineIndex(LineStarts starts, List<Integer> tokenLines) {
        this.starts = starts;
        this.tokenLines = List.copyOf(tokenLines);
    }

    /** The same text, where each listed line holds a token with an inserted blank line on each side. */
    LineIndex withInsertedLines(List<Integer> tokenLinesInText) {
        return new LineIndex(starts, tokenLinesInText);
    }

    /** The 0-based line in the original file. */
    int lineOf(int offset) {
        int line = starts.lineOf(offset);
        int before = (int) tokenLines.stream().filter(token -> token < line).count();
        int same = tokenLines.contains(line) ? 1 : 0;
        return line - 2 * before - same;
    }

    int columnOf(int offset) {
        return starts.columnOf(offset);
    }
}
