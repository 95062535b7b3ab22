package dossier.check;

import dossier.problem.Position;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one output page offers and uses: its anchors and its links.
 *
 * @param file   the output file relative to the site folder ("countries/china/index.html")
 * @param source the content file it was rendered from, for messages
 * @param sourcePositions where each URL written in the page's Markdown stands in its source file
 */
public record PageLinks(String file, String source, Set<String> ids, List<Link> links,
                        Map<String, Position> sourcePositions) {

    public PageLinks {
        ids = Set.copyOf(ids);
        links = List.copyOf(links);
        sourcePositions = Map.copyOf(sourcePositions);
    }

    /** One href or src, where it stands in the output file. */
    public record Link(String url, int line, int column) {}
}
