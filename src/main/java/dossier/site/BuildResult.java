package dossier.site;

import dossier.problem.Problem;
import java.util.List;

/** What a build did: its problems (none means the site was replaced) and how many pages it wrote. */
public record BuildResult(List<Problem> problems, int pages, int files, long millis) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public boolean succeeded() {
        return problems.isEmpty();
    }
}
