package dossier.pages;

import dossier.link.PageKind;
import dossier.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Pages that would be published at the same path (the page {@code content/rivers.md} and the
 * collection {@code rivers}, say). Found before anything is written, each clash is reported once,
 * naming both sides, whichever thread would have written first; one of them is rendered (a
 * collection or record before a Markdown page, else the first by source file), so that the other
 * stages (links, history) see one page at each path.
 */
public final class PathClashes {
    private PathClashes() {}

    /** The jobs with each clash settled; each job left out is reported, with the one kept. */
    public static List<RenderJob> settled(List<RenderJob> jobs, Consumer<Problem> report) {
        Map<String, List<RenderJob>> byPath = new LinkedHashMap<>();
        jobs.forEach(job -> byPath.computeIfAbsent(job.sitePath(), path -> new ArrayList<>()).add(job));
        if (byPath.size() == jobs.size()) {
            return jobs;
        }
        Set<RenderJob> left = Collections.newSetFromMap(new IdentityHashMap<>());
        byPath.forEach((path, same) -> {
            // A Markdown page gives way to what the build makes of records (a collection, a record):
            // the error then names the page's own file, not a line of the config.
            List<RenderJob> bySource = same.stream().sorted(Comparator
                    .comparing((RenderJob job) -> job.provenance().kind() == PageKind.PAGE)
                    .thenComparing(RenderJob::source).thenComparing(job -> job.provenance().kind())).toList();
            RenderJob kept = bySource.get(0);
            for (RenderJob other : bySource.subList(1, bySource.size())) {
                left.add(other);
                report.accept(Problem.inFile(other.source(), "two pages are published at " + path + ": this "
                        + other.provenance().kind().key() + " and the " + kept.provenance().kind().key() + " made from "
                        + kept.source(), other.provenance().kind() == PageKind.COLLECTION
                        || kept.provenance().kind() == PageKind.COLLECTION
                        ? "rename the page's file, or give the collection another url: in content/dossier.yaml"
                        : "rename or move one of the two files"));
            }
        });
        return jobs.stream().filter(job -> !left.contains(job)).toList();
    }
}
