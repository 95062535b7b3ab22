package dossier.publish;

import dossier.output.SiteWriter;
import dossier.problem.Problem;
import java.util.List;

/** The dossier's assets, the built-in ones it does not replace, and the other files of content/. */
final class AssetFiles implements SiteOutput {
    @Override
    public List<Problem> write(BuiltSite site, SiteWriter out) {
        Assets.copy(site.root(), site.templateAssets(), site.site().content().staticFiles(), out);
        return List.of();
    }
}
