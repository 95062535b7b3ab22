package dossier.markdown;

import dossier.problem.Problem;
import java.util.List;

/** HTML made from one Markdown text, and what was wrong with its links. */
public record RenderedMarkdown(String html, List<Problem> problems) {

    public RenderedMarkdown {
        problems = List.copyOf(problems);
    }
}
