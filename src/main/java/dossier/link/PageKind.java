package dossier.link;

/**
 * What a published page is: the link stage gives each target its kind, and the later stages decide
 * by it (what a page is cited as, whether it is in the feed, whether it has versions).
 */
public enum PageKind {
    HOME("home"),
    /** A narrative page of content/, or the built-in search page. */
    PAGE("page"),
    /** The list of a folder of pages that has no page of its own. */
    FOLDER("folder"),
    COLLECTION("collection"),
    RECORD("record"),
    /** The page that lists the charts. */
    CHARTS("charts"),
    CHART("chart"),
    /** A chart alone, for an iframe on another site: not cited, searched or listed. */
    CHART_EMBED("chart-embed"),
    /** The target of the built-in search page (the page itself is rendered as a {@link #PAGE}). */
    SEARCH("search"),
    /** The history of a page: its revisions. */
    HISTORY("history"),
    NOT_FOUND("404");

    private final String key;

    PageKind(String key) {
        this.key = key;
    }

    /** The kind as templates compare it ({@code page.kind == "record"}) and messages name it. */
    public String key() {
        return key;
    }
}
