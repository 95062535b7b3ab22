package dossier.publish;

import dossier.link.LinkedSite;
import dossier.output.OutputPaths.Owner;
import dossier.output.OutputPaths;
import dossier.output.SiteWriter;
import dossier.pages.SearchIndex;
import dossier.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/** The full-text search: its index of the pages ({@link SearchIndex#FILE}) and lunr, which reads it in the browser. */
final class SearchFiles implements SiteOutput {
    @Override
    public void claim(Path root, LinkedSite site, List<Path> templateAssets, OutputPaths paths) {
        if (site.config().search()) {
            paths.claim(SearchIndex.FILE, Owner.generated("the build's search index"));
            Assets.lunr().keySet().forEach(file -> paths.claimUnlessTaken(file, Assets.builtInOwner(file)));
        }
    }

    @Override
    public List<Problem> write(BuiltSite site, SiteWriter out) {
        site.search().ifPresent(index -> {
            out.write(SearchIndex.FILE, index.json());
            Assets.copyLunr(out);
        });
        return List.of();
    }
}
