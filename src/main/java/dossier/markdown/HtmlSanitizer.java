package dossier.markdown;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans raw HTML that authors wrote into Markdown with jsoup's allowlist: no scripts, no event
 * handlers, no style, and only http, https and mailto links (relative links are kept). Links that
 * the allowlist keeps but that {@link UrlSafety} doubts are dropped too: one rule for all links.
 * The build reports what cleaning would drop ({@link #dropped}), so an author is never left to
 * wonder where an element went; the cleaning stays as the second line of defence.
 */
final class HtmlSanitizer {
    private static final String PLACEHOLDER_BASE = "https://dossier.invalid/";
    private final Allowlist safelist = new Allowlist(Safelist.relaxed()
            .addTags("figure", "figcaption", "section", "abbr", "mark", "small", "details", "summary", "hr",
                    "time", "cite")
            .addAttributes(":all", "id", "class", "title", "lang", "dir")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("abbr", "title")
            .addAttributes("details", "open")
            .addAttributes("time", "datetime")
            .preserveRelativeLinks(true));

    /** Something of an author's HTML that cleaning drops: what and why, and where it starts in the HTML. */
    record Dropped(int at, String message, String hint) {}

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

    /**
     * What {@link #clean} drops of one piece of an author's HTML (a block, or one inline tag), in
     * the order written: each element the allowlist does not hold (its attributes go with it), and
     * each attribute it does not hold on an element it keeps.
     */
    List<Dropped> dropped(CharSequence html) {
        List<Dropped> dropped = new ArrayList<>();
        RawHtml.read(html, new RawHtml.Reader() {
            /** The tag being read, as the allowlist sees it; null when the element is dropped whole. */
            private Element element;

            @Override
            public void tag(String name, int at) {
                element = safelist.keepsTag(name) ? new Element(Tag.valueOf(name), PLACEHOLDER_BASE) : null;
                if (element == null) {
                    dropped.add(new Dropped(at, "the HTML element <" + name + "> is not published: HTML in Markdown"
                            + " keeps only safe elements (text, links, images, lists, tables, figures)",
                            "remove it, or put it in a template (templates/), which is published as written"));
                }
            }

            @Override
            public void attribute(String tag, String written, int nameAt, String value, int valueAt) {
                // jsoup trims a name of what it reads as space (control characters too), and keeps no empty one.
                String name = written.trim();
                if (element == null || name.isEmpty()) {
                    return;
                }
                String read = value == null ? "" : Parser.unescapeEntities(value, true);
                boolean link = name.equals("href") || name.equals("src");
                if (link && !UrlSafety.isSafe(read)) {
                    dropped.add(new Dropped(valueAt, UrlSafety.refused(value), UrlSafety.REFUSED_HINT));
                } else if (!safelist.keeps(element.attr(name, read), name)) {
                    dropped.add(link ? new Dropped(valueAt, "the link \"" + value + "\" of <" + tag + "> is not "
                            + "published: HTML in Markdown keeps relative links and links of http:, https: (and mailto:"
                            + " for <a>)", "write it as a Markdown link or image, [text](ref:…) or ![text](…), which the"
                            + " build resolves") : new Dropped(nameAt, "the HTML attribute " + name + " of <" + tag
                            + "> is not published: HTML in Markdown keeps only safe attributes (no event handlers, no"
                            + " style)", "remove it (a class is kept, for the site's CSS to style)"));
                }
            }
        });
        return dropped;
    }

    /** The allowlist, asked about one tag or attribute at a time. */
    private static final class Allowlist extends Safelist {
        Allowlist(Safelist rules) {
            super(rules);
        }

        boolean keepsTag(String name) {
            return isSafeTag(name);
        }

        boolean keeps(Element element, String attribute) {
            return isSafeAttribute(element.tagName(), element, element.attribute(attribute));
        }
    }
}
