package dossier.markdown;

/**
 * A heading of a rendered text, as a table of contents lists it.
 *
 * @param level 2 for {@code <h2>}, 3 for {@code <h3>}
 * @param id    the id the rendering gave it, which links to it
 * @param text  its text, without markup
 */
public record Heading(int level, String id, String text) {}
