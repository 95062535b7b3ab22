package dossier.publish;

import dossier.link.LinkedSite;
import dossier.output.OutputPaths;
import dossier.output.SiteWriter;
import dossier.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * Files a build publishes beside its pages, made from what the render stage left ({@link BuiltSite}).
 * The build claims the files of each output of {@link #all()}, then writes them in turn: adding an
 * output is adding a class to that list.
 */
public interface SiteOutput {

    /**
     * Claims the files this output will write, before anything is written and before the content's
     * own files, so that a page or a file of content/ that lands on one is reported where it can move.
     *
     * @param templateAssets the files of {@code templates/assets/} that may be published
     */
    void claim(Path root, LinkedSite site, List<Path> templateAssets, OutputPaths paths);

    /** Writes this output; returns the problems it found (a data download that breaks its schema, a template error). */
    List<Problem> write(BuiltSite site, SiteWriter out);

    /** Every output, in the order the build writes them: the files of content/ and the assets come first. */
    static List<SiteOutput> all() {
        return List.of(new AssetFiles(), new SearchFiles(), new DataExports(), new ChartCsvs(), new Redirects(),
                new SiteIndexes());
    }
}
