package dossier.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans raw HTML that authors wrote into Markdown with jsoup's allowlist: no scripts, no event
 * handlers, no style, and only http, https and mailto links (relative links are kept). Links that
 * the allowlist keeps but that {@link UrlSafety} doubts are dropped too: one rule for all links.
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
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(html, PLACEHOLDER_BASE));
        for (Element element : clean.body().getAllElements()) {
            for (String attribute : new String[] {"href", "src"}) {
                if (element.hasAttr(attribute) && !UrlSafety.isSafe(element.attr(attribute))) {
                    element.removeAttr(attribute);
                }
            }
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }
}
