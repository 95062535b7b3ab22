package dossier.cache;

/** One page as the full-text search sees it; kept with the page, so that an unchanged page is not read again. */
public record SearchEntry(String url, String title, String kind, String text) {}
