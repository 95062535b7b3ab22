package dossier.problem;

/** A place in a content file: 1-based line and column. */
public record Position(String file, int line, int column) {

    public static Position start(String file) {
        return new Position(file, 1, 1);
    }

    /** The same column on a line further down: front matter starts below its opening fence. */
    public Position shiftLines(int lines) {
        return new Position(file, line + lines, column);
    }
}
