package dossier.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Cleans raw HTML that authors wrote into Markdown with jsoup's allowlist: no scripts, no event
 * handlers, no style, and only http, https and mailto links (relative links are kept).
 */
final class HtmlSanitizer {
    private static final String PLACEHOLDER_BASE = "https://dossier.invalid/";
    private final Safelist safelist = Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "abbr", "mark", "small", "details", "summary", "hr",
                    "time", "cite")
            .addAttributes(":all", "id", "class", "title", "lang", "dir")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("abbr", "title")
            .addAttributes("time", "datetime")
            .preserveRelativeLinks(true);

    String clean(String html) {
        Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, PLACEHOLDER_BASE, safelist, settings);
    }
}
