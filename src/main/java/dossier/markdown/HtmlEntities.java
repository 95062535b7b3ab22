package dossier.markdown;

import org.jsoup.parser.Parser;

/** HTML character references in attribute values ("&amp;", "&#x61;"), decoded as a browser reads them. */
public final class HtmlEntities {
    private HtmlEntities() {}

    /**
     * The text with its character references decoded. A text without "&amp;" has none and is returned
     * as it is: jsoup sets up a whole parser for each call, which the link check would pay for every
     * link of every page.
     */
    public static String decoded(String text) {
        return text.indexOf('&') < 0 ? text : Parser.unescapeEntities(text, true);
    }
}
