package dossier.cache;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dossier.check.PageLinks;
import dossier.problem.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a build needs of a page it takes unchanged from the previous site, kept in the render cache
 * beside the page's fingerprint, so that taking it costs no Markdown, no template model and no reading
 * of its HTML: its title, the ids and links of its HTML ({@link dossier.check.LinkExtractor}), where
 * its Markdown wrote each link (a link broken since is reported there) and its search entry. All of
 * it follows from the page's bytes, which the fingerprint fixes.
 *
 * @param written where each URL stands in the page's Markdown file, for a page made from Markdown
 * @param search  the page's search entry, or null when it has none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeptPage(String title, List<String> ids, List<Link> links, Map<String, At> written,
                SearchEntry search) {

    /** A link of the HTML, written as {@code ["url", line, column]} to keep the cache small. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"url", "line", "column"})
    record Link(String url, int line, int column) {}

    /** A place in the page's Markdown file, written as {@code [line, column]}. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"line", "column"})
    record At(int line, int column) {}

    /** What to keep of a page just written; ids and positions sorted, so the cache file is the same bytes each time. */
    public static KeptPage of(String title, PageLinks links, Optional<SearchEntry> search) {
        Map<String, At> written = new TreeMap<>();
        links.sourcePositions().forEach((url, at) -> written.put(url, new At(at.line(), at.column())));
        return new KeptPage(title, links.ids().stream().sorted().toList(),
                links.links().stream().map(link -> new Link(link.url(), link.line(), link.column())).toList(),
                written, search.orElse(null));
    }

    /** The page's links as the link check reads them; {@code markdownFile} is where the positions point. */
    public PageLinks links(String file, String source, String markdownFile) {
        Map<String, Position> positions = new java.util.HashMap<>();
        written.forEach((url, at) -> positions.put(url, new Position(markdownFile, at.line(), at.column())));
        return new PageLinks(file, source, new java.util.HashSet<>(ids),
                links.stream().map(link -> new PageLinks.Link(link.url(), link.line(), link.column())).toList(),
                positions);
    }

    public Optional<SearchEntry> searchEntry() {
        return Optional.ofNullable(search);
    }

    /**
     * False for what no build writes: a field left out or null. A cache file may have been edited or
     * planted, and a kept page that is not whole must cost a render, never a wrong site.
     */
    boolean whole() {
        return title != null && ids != null && links != null && written != null
                && !ids.contains(null) && links.stream().allMatch(link -> link != null && link.url() != null)
                && written.entrySet().stream().allMatch(e -> e.getKey() != null && e.getValue() != null)
                && (search == null || (search.url() != null && search.title() != null && search.kind() != null
                && search.text() != null));
    }
}
