package dossier.render;

import java.util.Map;

/**
 * Everything a page's template sees ({@code site}, {@code page}, {@code ref}, {@code fmt} and the
 * page's own extras such as {@code record}), with its {@link PageModel} for the Java side.
 *
 * @param data the template's data model; its {@code page} is {@code page.entries()}
 */
public record RenderModel(PageModel page, Map<String, Object> data) {}
