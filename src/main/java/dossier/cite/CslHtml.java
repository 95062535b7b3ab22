package dossier.cite;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * citeproc-java's HTML, made fit for a page whose Content-Security-Policy forbids inline styles:
 * its {@code style="font-style: italic"} spans become {@code <i>}, bold {@code <b>}, and so on; then
 * only those elements survive, so nothing a record's title holds can become markup.
 */
final class CslHtml {
    /** Each CSL formatting the HTML output writes as a style, and the element or class that replaces it. */
    private static final Map<String, String> ELEMENTS = Map.of(
            "font-style:italic", "i",
            "font-style:oblique", "i",
            "font-weight:bold", "b",
            "vertical-align:sup", "sup",
            "vertical-align:super", "sup",
            "vertical-align:sub", "sub",
            "text-decoration:underline", "u");
    private static final Map<String, String> CLASSES = Map.of(
            "font-variant:small-caps", "csl-small-caps",
            "font-weight:light", "csl-light");
    private static final Safelist ALLOWED = Safelist.none().addTags("i", "b", "sup", "sub", "u", "span")
            .addAttributes("span", "class");

    private CslHtml() {}

    /** The inner HTML of the bibliography's one entry, safe to print as it is. */
    static String entry(String bibliographyHtml) {
        Document document = Jsoup.parseBodyFragment(bibliographyHtml);
        Element entry = document.selectFirst(".csl-entry");
        Element body = document.body();
        Element root = entry != null ? entry : body;
        for (Element styled : root.select("[style]")) {
            restyle(styled);
        }
        root.select("span:not([class])").unwrap();
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(root.html()));
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    private static void restyle(Element element) {
        String style = element.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        element.removeAttr("style");
        for (String declaration : style.split(";")) {
            String tag = ELEMENTS.get(declaration);
            String cssClass = CLASSES.get(declaration);
            if (tag != null) {
                element.wrap("<" + tag + "></" + tag + ">");
            } else if (cssClass != null) {
                element.wrap("<span class=\"" + cssClass + "\"></span>");
            }
        }
    }
}
