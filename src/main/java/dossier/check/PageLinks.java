package dossier.check;

import java.util.List;
import java.util.Set;

/**
 * What one output page offers and uses: its anchors and its links.
 *
 * @param file   the output file relative to the site folder ("countries/china/index.html")
 * @param source the content file it was rendered from, for messages
 */
public record PageLinks(String file, String source, Set<String> ids, List<Link> links) {

    public PageLinks {
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
    }

    /** One href or src, where it stands in the output file. */
    public record Link(String url, int line, int column) {}
}
