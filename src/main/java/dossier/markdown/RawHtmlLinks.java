package dossier.markdown;

import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URLs of the {@code href} and {@code src} attributes in HTML written into Markdown, each with
 * where its value starts: a raw {@code <a href>} that breaks is reported in the Markdown, as a
 * Markdown link is, rather than in the page the build wrote.
 */
final class RawHtmlLinks {
    /** An attribute and its value, quoted either way or bare, as HTML allows. */
    private static final Pattern LINK_ATTRIBUTE = Pattern.compile(
            "(?i)[\\s\"'](?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

    private RawHtmlLinks() {}

    /** Tells {@code link} each URL of {@code html} as written, and as the page holds it once its references are read. */
    static void forEach(CharSequence html, ObjIntConsumer<String> link) {
        Matcher matcher = LINK_ATTRIBUTE.matcher(html);
        while (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : matcher.group(2) != null ? 2 : 3;
            String written = matcher.group(group);
            link.accept(written, matcher.start(group));
            link.accept(org.jsoup.parser.Parser.unescapeEntities(written, true), matcher.start(group));
        }
    }
}
