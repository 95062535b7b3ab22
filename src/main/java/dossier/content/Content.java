package dossier.content;

import dossier.config.SiteConfig;
import java.util.List;

/**
 * Everything read from a site root: the result of the load stage.
 *
 * @param staticFiles other files under content/, copied as they are (paths relative to content/)
 */
public record Content(SiteConfig config, List<Collection> collections, List<Page> pages, List<ChartSpec> charts,
                      List<String> staticFiles) {

    public Content {
        collections = List.copyOf(collections);
        pages = List.copyOf(pages);
        charts = List.copyOf(charts);
        staticFiles = List.copyOf(staticFiles);
    }
}
