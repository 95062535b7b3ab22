package dossier.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects problems from every stage of a build. Thread-safe, because pages render in parallel;
 * {@link #sorted()} gives a stable order so the report is the same on every run.
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    public synchronized void add(Problem problem) {
        found.add(problem);
    }

    public synchronized void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    public synchronized boolean isEmpty() {
        return found.isEmpty();
    }

    public synchronized List<Problem> sorted() {
        return found.stream().distinct().sorted(Problem.ORDER).toList();
    }
}
