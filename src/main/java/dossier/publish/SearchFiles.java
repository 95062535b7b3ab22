package dossier.publish;

import dossier.output.SiteWriter;
import dossier.pages.SearchIndex;
import dossier.problem.Problem;
import java.util.List;

/** The full-text search: its index of the pages ({@link SearchIndex#FILE}) and lunr, which reads it in the browser. */
final class SearchFiles implements SiteOutput {
    @Override
    public List<Problem> write(BuiltSite site, SiteWriter out) {
        site.search().ifPresent(index -> {
            out.write(SearchIndex.FILE, index.json());
            Assets.copyLunr(out);
        });
        return List.of();
    }
}
