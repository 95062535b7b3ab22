package dossier.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects problems from every stage of a build, and apart from them the warnings. Thread-safe,
 * because pages render in parallel; {@link #sorted()} gives a stable order so the report is the
 * same on every run.
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    /** Something the build skipped and goes on without (a link out of content/): shown, but not an error. */
    public synchronized void warn(Problem warning) {
        warnings.add(warning);
    }

    public synchronized List<Problem> warnings() {
        return warnings.stream().distinct().sorted(Problem.ORDER).toList();
    }

    /** True when there is no error; warnings do not count. */
    public synchronized boolean isEmpty() {
        return found.isEmpty();
    }

    public synchronized List<Problem> sorted() {
        return found.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
