package dossier.markdown;

/**
 * What a page's cite shows of the work it cites.
 *
 * @param title its title
 * @param href  the link to its record's page
 * @param url   where the original is published, or empty
 */
public record CitedWork(String title, String href, String url) {}
