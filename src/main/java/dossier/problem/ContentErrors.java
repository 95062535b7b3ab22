package dossier.problem;

import java.util.List;

/**
 * Thrown once at the end of a stage that found problems, so the build stops before writing
 * anything. It carries the problems; the CLI prints them without a stack trace.
 */
public final class ContentErrors extends RuntimeException {
    private final transient List<Problem> problems;

    public ContentErrors(List<Problem> problems) {
        super(problems.size() + " content error(s)", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
