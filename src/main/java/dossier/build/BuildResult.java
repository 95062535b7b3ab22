package dossier.build;

import dossier.problem.Problem;
import dossier.problem.Problems;
import java.util.List;

/**
 * What a build did: its problems (none means the site was replaced), how many pages it published
 * and how many of them it rendered anew (the rest were unchanged), how many files it wrote, and
 * how many new URLs it added to the permalink ledger; and the warnings, which do not stop a build.
 *
 * @param notes    lines that say how the build decided something the user may want to know (how it dated
 *                 citations outside git), printed as "dossier: …"
 * @param versions the past and current revisions of pages it published, and how many of them it rendered
 */
public record BuildResult(List<Problem> problems, int pages, int rendered, int files, int ledgerAdded, long millis,
                          List<Problem> warnings, List<String> notes, Versions versions) {

    /** Versions published at {@code <permalink>v/<revision>/}; {@code rendered} of them anew. */
    public record Versions(int published, int rendered) {
        public static final Versions NONE = new Versions(0, 0);
    }

    public BuildResult(List<Problem> problems, int pages, int rendered, int files, int ledgerAdded, long millis,
                       List<Problem> warnings, List<String> notes) {
        this(problems, pages, rendered, files, ledgerAdded, millis, warnings, notes, Versions.NONE);
    }

    public BuildResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    public BuildResult(List<Problem> problems, int pages, int rendered, int files, int ledgerAdded, long millis,
                       List<Problem> warnings) {
        this(problems, pages, rendered, files, ledgerAdded, millis, warnings, List.of());
    }

    public BuildResult(List<Problem> problems, int pages, int rendered, int files, int ledgerAdded, long millis) {
        this(problems, pages, rendered, files, ledgerAdded, millis, List.of());
    }

    static BuildResult failed(Problems problems, long start) {
        return new BuildResult(problems.sorted(), 0, 0, 0, 0, (System.nanoTime() - start) / 1_000_000,
                problems.warnings());
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
