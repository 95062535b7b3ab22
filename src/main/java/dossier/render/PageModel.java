package dossier.render;

import dossier.link.PageKind;
import java.util.Map;

/**
 * A page as templates see it ({@code page.*}), built once: what Java code reads of it typed, and the
 * entries of {@code page} in templates, which include these and which rendering completes ({@code
 * hasCharts}, {@code toc}, {@code cite}) before the template runs.
 *
 * @param entries the map templates read as {@code page}, kind, title and path included
 */
public record PageModel(PageKind kind, String title, String path, Map<String, Object> entries) {
    /** Sets {@code page.<name>} for templates; not for the typed parts, which stay as built. */
    public PageModel put(String name, Object value) {
        entries.put(name, value);
        return this;
    }
}
