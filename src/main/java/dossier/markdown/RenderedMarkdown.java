package dossier.markdown;

import dossier.problem.Position;
import dossier.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * HTML made from one Markdown text, what was wrong with its links, and where each link was
 * written, so that a broken link found later in the output can be reported at its source, and its
 * headings (h2 and h3, in order) for a table of contents.
 */
public record RenderedMarkdown(String html, List<Problem> problems, Map<String, Position> linkPositions,
                               List<Heading> headings) {

    public RenderedMarkdown {
        problems = List.copyOf(problems);
        linkPositions = Map.copyOf(linkPositions);
        headings = List.copyOf(headings);
    }

    /** A text that was not rendered (a guard refused it): no headings. */
    public RenderedMarkdown(String html, List<Problem> problems, Map<String, Position> linkPositions) {
        this(html, problems, linkPositions, List.of());
    }
}
