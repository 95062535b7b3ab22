package dossier.link;

/**
 * Anything a link can point at: a record, a page, a collection index or the home page.
 *
 * @param key  "countries/china" for a record, "countries" for a collection, the page path for a page
 * @param path the site path, for example "/countries/china/"
 */
public record Target(String key, PageKind kind, String collection, String title, String path, String source) {}
