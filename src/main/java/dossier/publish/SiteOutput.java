package dossier.publish;

import dossier.output.SiteWriter;
import dossier.problem.Problem;
import java.util.List;

/**
 * Files a build publishes beside its pages, made from what the render stage left ({@link BuiltSite}).
 * The build writes each output of {@link #all()} in turn, so adding an output is adding a class to
 * that list (and claiming its files in {@code PlannedOutputs}, so that content cannot land on them).
 */
public interface SiteOutput {

    /** Writes this output; returns the problems it found (a data download that breaks its schema, a template error). */
    List<Problem> write(BuiltSite site, SiteWriter out);

    /** Every output, in the order the build writes them: the files of content/ and the assets come first. */
    static List<SiteOutput> all() {
        return List.of(new AssetFiles(), new SearchFiles(), new DataExports(), new ChartCsvs(), new Redirects(),
                new SiteIndexes());
    }
}
