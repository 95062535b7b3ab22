package dossier.link;

import dossier.problem.Position;
import java.util.Optional;

/**
 * One citation of a passage of a work: a record's {@code {source, locator, fragment, quote}} entry
 * or a page's {@code {{< cite … >}}}, with where each part is written.
 *
 * @param source the cited work's id
 * @param at     where the citation is written
 */
public record CitedPassage(String source, Position at, Part locator, Optional<Part> start, Optional<Part> end,
                           Optional<Part> quote) {
    /** A written value and its position. */
    public record Part(String text, Position at) {}

    /** The text fragment that links the passage, when the citation has one. */
    public Optional<TextFragment> fragment() {
        return start.map(first -> new TextFragment(first.text(), end.map(Part::text).orElse("")));
    }
}
