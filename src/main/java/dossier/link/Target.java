package dossier.link;

/**
 * Anything a link can point at: a record, a page, a collection index or the home page.
 *
 * @param key  "countries/china" for a record, "countries" for a collection, the page path for a page
 * @param kind "record", "collection", "page" or "home"
 * @param path the site path, for example "/countries/china/"
 */
public record Target(String key, String kind, String collection, String title, String path, String source) {}
