package dossier.problem;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One content error with its position, in the spirit of Hugo's herrors: a value, not an exception,
 * so a build can collect all of them and report them at once.
 *
 * @param file   path shown to the user (relative to the site root where possible)
 * @param line   1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong
 * @param hint   how to fix it; empty when the message says it already
 */
public record Problem(String file, int line, int column, String message, String hint) {

    public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        message = oneLine(message);
        hint = hint == null ? "" : oneLine(hint);
    }

    public static Problem at(Position position, String message, String hint) {
        return new Problem(position.file(), position.line(), position.column(), message, hint);
    }

    public static Problem inFile(String file, String message, String hint) {
        return new Problem(file, 1, 1, message, hint);
    }

    /** Where the problem is. */
    public Position position() {
        return new Position(file, line, column);
    }

    /** {@code file:line:column: message; hint} on one line. */
    public String format() {
        return where() + ": " + message + (hint.isEmpty() ? "" : "; " + hint);
    }

    /** {@code file:line:column: warning: message; hint}: something skipped that does not stop the build. */
    public String formatAsWarning() {
        return where() + ": warning: " + message + (hint.isEmpty() ? "" : "; " + hint);
    }

    private String where() {
        return file + ":" + Math.max(line, 1) + ":" + Math.max(column, 1);
    }

    @Override
    public String toString() {
        return format();
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }

    /** Shows a path with forward slashes relative to a root, as users see it in their editor. */
    public static String display(Path root, Path file) {
        Path shown = file.isAbsolute() && file.startsWith(root) ? root.relativize(file) : file;
        return shown.toString().replace('\\', '/');
    }
}
