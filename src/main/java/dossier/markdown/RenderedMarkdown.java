package dossier.markdown;

import dossier.problem.Position;
import dossier.problem.Problem;
import java.util.List;
import java.util.Map;

/**
 * HTML made from one Markdown text, what was wrong with its links, and where each link was
 * written, so that a broken link found later in the output can be reported at its source.
 */
public record RenderedMarkdown(String html, List<Problem> problems, Map<String, Position> linkPositions) {

    public RenderedMarkdown {
        problems = List.copyOf(problems);
        linkPositions = Map.copyOf(linkPositions);
    }
}
