package dossier.publish;

import dossier.link.LinkedSite;
import dossier.pages.Charts;
import dossier.pages.RenderedPage;
import dossier.pages.SearchIndex;
import dossier.render.TemplateEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the outputs are made from: the linked content and what rendering its pages gave.
 *
 * @param root           the dossier's folder
 * @param pages          the current pages as rendered (no versions, no history pages)
 * @param search         the entries of the full-text search, when the dossier has search
 * @param templateAssets the files of {@code templates/assets/} that may be published
 * @param templates      the dossier's templates, then the built-in ones (sitemap.xml.ftlx, feed.xml.ftlx, redirect.ftlh)
 */
public record BuiltSite(Path root, LinkedSite site, List<RenderedPage> pages, Charts charts,
                        Optional<SearchIndex> search, List<Path> templateAssets, TemplateEngine templates) {
    public BuiltSite {
        pages = List.copyOf(pages);
        templateAssets = List.copyOf(templateAssets);
    }
}
