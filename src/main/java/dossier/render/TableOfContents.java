package dossier.render;

import dossier.markdown.Heading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A long page's contents, as templates get it in {@code page.toc}: its sections (h2), each with the
 * subsections (h3) under it. A page with fewer than {@link #MIN_SECTIONS} sections is short enough to
 * read without one, as on Wikipedia, and gets an empty list.
 */
public final class TableOfContents {
    public static final int MIN_SECTIONS = 4;

    private TableOfContents() {}

    /** Each entry {title, id, url: "#id", children: [entries]}; empty below {@link #MIN_SECTIONS} sections. */
    public static List<Object> of(List<Heading> headings) {
        if (headings.stream().filter(heading -> heading.level() == 2).count() < MIN_SECTIONS) {
            return List.of();
        }
        List<Object> entries = new ArrayList<>();
        List<Object> children = null;
        for (Heading heading : headings) {
            List<Object> under = new ArrayList<>();
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("title", heading.text());
            entry.put("id", heading.id());
            entry.put("url", "#" + heading.id());
            entry.put("children", under);
            // A subsection before the first section stands on its own.
            if (heading.level() == 3 && children != null) {
                children.add(entry);
            } else {
                entries.add(entry);
                children = heading.level() == 2 ? under : null;
            }
        }
        return entries;
    }
}
