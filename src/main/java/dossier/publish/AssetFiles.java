package dossier.publish;

import dossier.link.LinkedSite;
import dossier.output.OutputPaths.Owner;
import dossier.output.OutputPaths;
import dossier.output.SiteWriter;
import dossier.problem.Position;
import dossier.problem.Problem;
import java.nio.file.Path;
import java.util.List;

/** The dossier's assets, the built-in ones it does not replace, and the other files of content/. */
final class AssetFiles implements SiteOutput {
    @Override
    public void claim(Path root, LinkedSite site, List<Path> templateAssets, OutputPaths paths) {
        for (Path asset : templateAssets) {
            String shown = Problem.display(root, asset);
            paths.claim(Assets.published(root, asset), new Owner(Position.start(shown), "the asset " + shown));
        }
        Assets.builtIn().keySet().forEach(file -> paths.claimUnlessTaken(file, Assets.builtInOwner(file)));
    }

    @Override
    public List<Problem> write(BuiltSite site, SiteWriter out) {
        Assets.copy(site.root(), site.templateAssets(), site.site().content().staticFiles(), out);
        return List.of();
    }
}
